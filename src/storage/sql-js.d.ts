// sql.js ships no type declarations; src/storage/sqljs.ts types the part it uses.
declare module 'sql.js' {
  const initSqlJs: (options?: unknown) => Promise<unknown>;
  export default initSqlJs;
}
