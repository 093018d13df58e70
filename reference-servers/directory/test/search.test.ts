// Search (spec/directory.md §3) through the directory's store on a real
// database of each kind: terms (stems, prefixes, CJK bigrams), the order of
// the groups, typos, filters, and keyset pages that stay stable while
// listings are added and removed between them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshTestDb } from '@nexuslink/server-kit/testing/db';
import { CommunityStore, migrate } from '@nexuslink/directory-server';
import type { SearchQuery } from '@nexuslink/directory-server';
import type { Db } from '@nexuslink/server-kit';

type Listing = Parameters<CommunityStore['importListings']>[0][number];

let serial = 0;
function listing(fields: Partial<Listing> & { name: string }): Listing {
  const n = ++serial;
  const serverKey = new Uint8Array(32);
  new DataView(serverKey.buffer).setUint32(0, n);
  return {
    id: `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    owner: `owner-${n}`,
    description: '',
    tags: [],
    language: 'en',
    endpoint: `https://c${n}.example.org`,
    serverKey,
    revision: 1,
    registration: new Uint8Array([1]),
    memberCount: 10,
    createdAt: 1_760_000_000_000 + n,
    lastActiveAt: 1_760_000_000_000 + n,
    ...fields,
  };
}

describe.each(['sqlite', 'postgres'] as const)('search on %s', (kind) => {
  let store: CommunityStore;
  let db: Db;
  let drop: () => Promise<void>;
  const names = (q: Partial<SearchQuery>) =>
    store
      .search({ sort: 'relevance', limit: 50, ...q })
      .then((p) => p.communities.map((c) => c.name));

  beforeAll(async () => {
    const fresh = await freshTestDb(kind, migrate);
    drop = fresh.drop;
    db = fresh.db;
    store = new CommunityStore(db);
    await store.importListings([
      listing({
        name: 'Rust Learners',
        description: 'Learning the Rust programming language together.',
        tags: ['programming', 'rust'],
        memberCount: 500,
      }),
      listing({
        name: 'Systems Club',
        description: 'Kernels, compilers and rust in production.',
        tags: ['systems'],
        memberCount: 900,
      }),
      listing({
        name: 'Garden Friends',
        description: 'Growing vegetables and community gardens.',
        tags: ['gardening'],
        memberCount: 50,
      }),
      listing({
        name: 'Python Communities Hub',
        description: 'Meetups for Python programmers.',
        tags: ['programming', 'python'],
        memberCount: 300,
      }),
      listing({
        name: '开源社区',
        description: '自由软件的维护者和用户，欢迎加入。',
        tags: ['开源', '编程'],
        language: 'zh-Hans',
        memberCount: 700,
      }),
      listing({
        name: '北京摄影爱好者',
        description: '周末一起去拍照。',
        tags: ['摄影'],
        language: 'zh-Hans',
        memberCount: 80,
      }),
    ]);
  });
  afterAll(async () => drop());

  it('name and tag matches come before description matches, each by members', async () => {
    // "rust": the Rust Learners by name (500), then the Systems Club by its description (900).
    expect(await names({ q: 'rust' })).toEqual(['Rust Learners', 'Systems Club']);
    expect(await names({ q: 'rust', sort: 'members' })).toEqual(['Systems Club', 'Rust Learners']);
  });

  it('every term must match; prefixes match; English words by their stem (PostgreSQL)', async () => {
    expect(await names({ q: 'rust programming' })).toEqual(['Rust Learners']);
    expect(await names({ q: 'rust gardens' })).toEqual([]);
    expect(await names({ q: 'prog' })).toEqual(['Rust Learners', 'Python Communities Hub']);
    expect(await names({ q: 'garden' })).toEqual(['Garden Friends']);
    if (kind === 'postgres')
      expect(await names({ q: 'community' })).toContain('Python Communities Hub');
  });

  it('Chinese text is found by its bigrams, without spaces', async () => {
    expect(await names({ q: '开源' })).toEqual(['开源社区']);
    expect(await names({ q: '开源社区' })).toEqual(['开源社区']);
    expect(await names({ q: '摄影' })).toEqual(['北京摄影爱好者']);
    expect(await names({ q: '北京 摄影' })).toEqual(['北京摄影爱好者']);
    expect(await names({ q: '维护者' })).toEqual(['开源社区']);
    expect(await names({ q: '上海' })).toEqual([]);
  });

  it('a typo finds what it was meant for, only when nothing matches exactly', async () => {
    expect(await names({ q: 'pythn' })).toEqual(['Python Communities Hub']);
    expect(await names({ q: 'programing' })).toEqual(['Rust Learners', 'Python Communities Hub']);
    expect(await names({ q: 'gardenning' })).toEqual(['Garden Friends']);
    expect(await names({ q: 'xylophone' })).toEqual([]);
    // Punctuation alone has no terms: nothing, not everything.
    expect(await names({ q: '!!! ???' })).toEqual([]);
  });

  it('tag and language filters', async () => {
    expect(await names({ tags: ['programming'], sort: 'members' })).toEqual([
      'Rust Learners',
      'Python Communities Hub',
    ]);
    expect(await names({ tags: ['programming', 'python'] })).toEqual(['Python Communities Hub']);
    expect(await names({ q: 'rust', tags: ['systems'] })).toEqual(['Systems Club']);
    expect(await names({ language: 'zh', sort: 'members' })).toEqual([
      '开源社区',
      '北京摄影爱好者',
    ]);
    expect(await names({ language: 'ZH-hans', q: '开源' })).toEqual(['开源社区']);
    expect(await names({ language: 'en', q: '开源' })).toEqual([]);
  });

  it('keyset pages: nothing twice, nothing skipped, while listings come and go between pages', async () => {
    const tag = 'walk';
    const initial = Array.from({ length: 30 }, (_, i) =>
      listing({ name: `Walkers ${i}`, tags: [tag], memberCount: 1000 + i * 10 }),
    );
    await store.importListings(initial);
    const seen: string[] = [];
    let after: SearchQuery['after'];
    for (let page = 0; page < 10; page++) {
      const p = await store.search({
        tags: [tag],
        sort: 'members',
        limit: 7,
        ...(after ? { after } : {}),
      });
      seen.push(...p.communities.map((c) => c.name));
      if (page === 1) {
        // Between pages: a listing ranked before the cursor arrives, one not yet shown leaves.
        await store.importListings([
          listing({ name: 'Walkers new', tags: [tag], memberCount: 5000 }),
        ]);
        await db.tx((tx) => store.remove(tx, initial[3]!.id, Date.now()));
      }
      if (!p.next) break;
      after = p.next;
    }
    const expected = initial
      .filter((_, i) => i !== 3)
      .sort((a, b) => b.memberCount - a.memberCount)
      .map((l) => l.name);
    expect(seen).toEqual(expected);
    expect(new Set(seen).size).toBe(seen.length);

    // The same in relevance order, across both groups.
    const all: string[] = [];
    after = undefined;
    for (let page = 0; page < 20; page++) {
      const p = await store.search({
        q: 'walkers',
        sort: 'relevance',
        limit: 4,
        ...(after ? { after } : {}),
      });
      all.push(...p.communities.map((c) => c.name));
      if (!p.next) break;
      after = p.next;
    }
    expect(all.length).toBe(30);
    expect(new Set(all).size).toBe(30);
  });
});
