/**
 * What every part of the repository is built on: a class of queries over
 * one database handle (`Db`: a connection, or a transaction inside `tx`),
 * the one place that decides on the SQL the two backends differ in, and the
 * composition that puts the parts' methods on one class (`Repository`).
 */
import type { Db } from '@nexuslink/server-kit';

/** The base of every part: queries over `db`. */
export class Queries {
  readonly db: Db;
  constructor(db: Db) {
    this.db = db;
  }
}

/**
 * ` ${clause}` (a row lock such as `FOR UPDATE OF s`) where the backend
 * locks rows (PostgreSQL), and nothing on SQLite, whose writers are
 * serialized: every dialect decision of the repository's queries is this one.
 */
export function rowLock(db: Db, clause: string): string {
  return db.forUpdate === '' ? '' : ` ${clause}`;
}

/** A part of the repository: a class of queries. */
type Part = new (db: Db) => Queries;

/** `A & B & …` of a union `A | B | …`. */
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void
  ? I
  : never;

/**
 * One class whose prototype holds the methods of every part, so one object
 * answers all of them (and a subclass may override any, as a test does).
 * The parts' methods use nothing but `this.db` and their own part's
 * methods. A name that two parts define would shadow one of them: refused
 * when the module loads.
 */
export function composeQueries<const P extends readonly Part[]>(
  ...parts: P
): new (db: Db) => Intersection<InstanceType<P[number]>> {
  class Composed extends Queries {}
  for (const part of parts)
    for (const name of Object.getOwnPropertyNames(part.prototype)) {
      if (name === 'constructor') continue;
      if (Object.hasOwn(Composed.prototype, name))
        throw new Error(`two parts of the repository define ${name}`);
      Object.defineProperty(
        Composed.prototype,
        name,
        Object.getOwnPropertyDescriptor(part.prototype, name)!,
      );
    }
  return Composed as unknown as new (db: Db) => Intersection<InstanceType<P[number]>>;
}
