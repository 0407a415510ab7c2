import assert from 'node:assert/strict';
import { COMMANDS } from '../../cards/locale/command-texts';
import { COMMANDS_EN } from '../../cards/locale/command-texts-en';

describe('the command list in English', () => {
  it('describes every command the Swedish list has in English, with the same command words', () => {
    assert.deepEqual(
      COMMANDS_EN.map((c) => c.command),
      COMMANDS.map((c) => c.command),
    );
    const untranslated = COMMANDS_EN.filter((c, i) => c.description === COMMANDS[i]?.description);
    assert.deepEqual(
      untranslated.map((c) => c.command),
      [],
    );
  });
});
