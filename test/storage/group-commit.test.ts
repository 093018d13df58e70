// Group commit when SQLite itself rolls the transaction back mid-group
// (SQLITE_FULL here): no write of the group may stick, and none after the
// failure may run in a transaction of its own.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { NexusError } from '../../src/index.js';
import { migrate, sqlRunner } from '../../src/storage/sql.js';
import { driver } from '../../src/storage/sqljs.js';

describe('sqlRunner group commit', () => {
  it('a statement error that rolls back the whole transaction rejects the whole group and stores nothing', async () => {
    const SQL = (await initSqlJs()) as unknown as { Database: new () => never };
    const db = driver(new SQL.Database());
    migrate(db, 'fts4');
    const pages = Number(db.all('PRAGMA page_count', [])[0]![0]);
    db.exec(`PRAGMA max_page_count = ${pages + 3}`);
    const runner = sqlRunner({ connection: async () => db, begin: 'BEGIN' });
    const outcomes = await Promise.allSettled([
      runner.write((tx) => tx.put('inbox', 'a', Uint8Array.of(1))),
      runner.write((tx) => tx.put('inbox', 'big', new Uint8Array(256 * 1024))), // database full
      runner.write((tx) => tx.put('inbox', 'c', Uint8Array.of(3))),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const o of outcomes)
      expect(NexusError.is((o as PromiseRejectedResult).reason, 'STORAGE')).toBe(true);
    expect(db.all('SELECT key FROM records', [])).toEqual([]);
    // And the runner goes on working.
    await runner.write((tx) => tx.put('inbox', 'd', Uint8Array.of(4)));
    expect(db.all('SELECT key FROM records', [])).toEqual([['d']]);
  });

  it('a callback that swallows a failed statement still does not commit', async () => {
    const SQL = (await initSqlJs()) as unknown as { Database: new () => never };
    const db = driver(new SQL.Database());
    migrate(db, 'fts4');
    const runner = sqlRunner({ connection: async () => db, begin: 'BEGIN' });
    db.exec('DROP TABLE message_text'); // the second statement of delete('messages') now fails
    const result = runner.write(async (tx) => {
      await tx.put('inbox', 'x', Uint8Array.of(1));
      await tx.delete('messages', 'm').catch(() => undefined);
      return 'done';
    });
    await expect(result).rejects.toSatisfy((e: unknown) => NexusError.is(e, 'STORAGE'));
    expect(db.all('SELECT key FROM records', [])).toEqual([]);
  });
});
