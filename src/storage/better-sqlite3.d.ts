// better-sqlite3-multiple-ciphers' own types are not reachable through its
// package.json "exports"; src/storage/sqlite.ts types the part it uses.
declare module 'better-sqlite3-multiple-ciphers' {
  const Database: unknown;
  export default Database;
}
