// jose publishes its types only through package.json "exports", which this project's CommonJS resolution does not
// read; this points the compiler at the same declarations.
declare module 'jose' {
  export * from 'jose/dist/types/index';
}
