'use strict';
// restify 11 requires spdy when it loads and calls it only for a server created with the `spdy` option, which
// Svarsvakten never passes. Any use is an error, said plainly.
module.exports = {
  createServer() {
    throw new Error(
      'SPDY is not available in Svarsvakten: create the restify server without the spdy option',
    );
  },
};
