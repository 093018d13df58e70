// `npm run bench:directory`: the directory's search over 100,000 generated
// communities (English and Chinese names, descriptions and tags), on
// PostgreSQL and on the embedded SQLite, against a naive anchor in the same
// run: `ILIKE '%q%'` (SQLite: `LIKE`) over the name and description of the
// same table.
//
//   npm run bench:directory                  100,000 communities, 200 queries per kind
//   npm run bench:directory -- --quick       20,000 communities, 50 queries per kind
//   npm run bench:directory -- --count 50000 --queries 100 [--only postgres|sqlite] [--keep]
//
// PostgreSQL is NEXUSLINK_TEST_DATABASE_URL (default the local `test`
// database), in a schema of its own dropped at the end. Each query kind runs
// its queries one after another through the directory's own store (the SQL
// the server runs, without HTTP), after one warm-up pass; p50 and p99 are
// over all of them. Targets (issue 18): p99 under 20 ms for every kind on
// PostgreSQL, and fuzzy queries at least 10x faster than the anchor.
import { loadavg, cpus } from 'node:os';
import pg from 'pg';
import { CommunityStore, migrate } from '@nexuslink/directory-server';
import type { SearchQuery } from '@nexuslink/directory-server';
import { postgresDb, sqliteDb } from '@nexuslink/server-kit';
import type { Db } from '@nexuslink/server-kit';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const quick = argv.includes('--quick');
const COUNT = Number(arg('--count') ?? (quick ? 20_000 : 100_000));
const QUERIES = Number(arg('--queries') ?? (quick ? 50 : 200));
const ONLY = arg('--only');
/** Keep the PostgreSQL schema (its name is printed) to look at plans afterwards. */
const KEEP = argv.includes('--keep');
if (
  !Number.isInteger(COUNT) ||
  COUNT < 1000 ||
  COUNT > 1_000_000 ||
  !Number.isInteger(QUERIES) ||
  QUERIES < 5 ||
  QUERIES > 5000 ||
  (ONLY !== undefined && ONLY !== 'postgres' && ONLY !== 'sqlite')
) {
  console.error(
    'usage: npm run bench:directory -- [--quick] [--count 1000..1000000] [--queries 5..5000] [--only postgres|sqlite]',
  );
  process.exit(2);
}
const overall = setTimeout(() => {
  console.error('bench:directory: gave up after 20 minutes');
  process.exit(3);
}, 20 * 60_000);
overall.unref();

// ---------------------------------------------------------------------------
// Data: seeded, so every run searches the same communities.

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(20261206);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Zipf-like: early items far more often. */
const pickSkewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * rand() ** 2.2)]!;

const TOPICS = [
  'rust',
  'python',
  'javascript',
  'typescript',
  'golang',
  'kotlin',
  'swift',
  'haskell',
  'linux',
  'kubernetes',
  'docker',
  'photography',
  'gardening',
  'cooking',
  'baking',
  'chess',
  'football',
  'basketball',
  'cycling',
  'running',
  'hiking',
  'climbing',
  'astronomy',
  'physics',
  'chemistry',
  'biology',
  'mathematics',
  'history',
  'philosophy',
  'poetry',
  'literature',
  'anime',
  'manga',
  'music',
  'jazz',
  'guitar',
  'piano',
  'painting',
  'drawing',
  'knitting',
  'woodworking',
  'robotics',
  'electronics',
  'arduino',
  'raspberry',
  'security',
  'privacy',
  'cryptography',
  'blockchain',
  'startups',
  'investing',
  'travel',
  'languages',
  'spanish',
  'japanese',
  'german',
  'french',
  'parenting',
  'fitness',
  'yoga',
  'meditation',
  'coffee',
  'tea',
  'wine',
  'beer',
  'vegan',
  'movies',
  'television',
  'podcasts',
  'gaming',
  'minecraft',
  'esports',
  'boardgames',
  'aquarium',
  'birds',
  'dogs',
  'cats',
  'horses',
  'sailing',
  'surfing',
  'skiing',
  'architecture',
  'design',
  'typography',
  'writing',
  'journalism',
  'economics',
  'sociology',
  'psychology',
  'medicine',
  'nursing',
  'teaching',
  'opensource',
  'homelab',
  'selfhosting',
  'emacs',
  'vim',
  'nixos',
  'archlinux',
] as const;
const PLACES = [
  'Berlin',
  'Paris',
  'London',
  'Tokyo',
  'Shanghai',
  'Beijing',
  'Shenzhen',
  'Toronto',
  'Austin',
  'Seattle',
  'Madrid',
  'Lisbon',
  'Warsaw',
  'Prague',
  'Vienna',
  'Zurich',
  'Oslo',
  'Helsinki',
  'Sydney',
  'Melbourne',
  'Auckland',
  'Nairobi',
  'Lagos',
  'Cairo',
  'Mumbai',
  'Delhi',
  'Bangalore',
  'Singapore',
  'Seoul',
  'Taipei',
  'Hanoi',
  'Jakarta',
  'Manila',
  'Lima',
  'Bogota',
  'Santiago',
] as const;
const NOUNS = [
  'Club',
  'Hub',
  'Circle',
  'Collective',
  'Guild',
  'Society',
  'Lounge',
  'Corner',
  'Crew',
  'Meetup',
  'Forum',
  'Network',
  'Workshop',
  'Academy',
  'Lab',
  'Community',
  'Friends',
  'Fans',
  'Learners',
] as const;
const ADJECTIVES = [
  'Open',
  'Friendly',
  'Daily',
  'Weekend',
  'Advanced',
  'Beginner',
  'Modern',
  'Classic',
  'Local',
  'Global',
  'Quiet',
  'Curious',
  'Practical',
  'Creative',
  'Independent',
  'Young',
  'Senior',
] as const;
const ZH_TOPICS = [
  '编程',
  '摄影',
  '园艺',
  '烹饪',
  '烘焙',
  '象棋',
  '足球',
  '篮球',
  '骑行',
  '跑步',
  '徒步',
  '攀岩',
  '天文',
  '物理',
  '化学',
  '生物',
  '数学',
  '历史',
  '哲学',
  '诗歌',
  '文学',
  '动漫',
  '音乐',
  '爵士',
  '吉他',
  '钢琴',
  '绘画',
  '编织',
  '木工',
  '机器人',
  '电子',
  '安全',
  '隐私',
  '密码学',
  '创业',
  '投资',
  '旅行',
  '外语',
  '日语',
  '健身',
  '瑜伽',
  '冥想',
  '咖啡',
  '茶艺',
  '电影',
  '游戏',
  '桌游',
  '宠物',
  '开源',
  '设计',
  '写作',
  '经济',
  '心理学',
  '医学',
  '教育',
  '自托管',
] as const;
const ZH_PLACES = [
  '北京',
  '上海',
  '深圳',
  '广州',
  '杭州',
  '成都',
  '武汉',
  '西安',
  '南京',
  '重庆',
  '天津',
  '苏州',
  '台北',
  '香港',
  '新加坡',
  '东京',
  '首尔',
  '柏林',
] as const;
const ZH_NOUNS = [
  '社区',
  '俱乐部',
  '爱好者',
  '交流群',
  '协会',
  '学习小组',
  '沙龙',
  '联盟',
] as const;
const SENTENCES = [
  'A friendly place to share {t} tips, questions and weekly projects.',
  'We meet every {d} to talk about {t} and help newcomers get started.',
  'Everything {t}: news, beginner guides, and long discussions about {u}.',
  'For people in {p} who love {t} and {u}. All levels welcome.',
  'Moderated, ad-free and end-to-end encrypted: {t} talk without the noise.',
  'Weekly challenges, book clubs and live sessions on {t}.',
];
const ZH_SENTENCES = [
  '欢迎喜欢{t}的朋友加入，一起交流经验和作品。',
  '{p}的{t}爱好者每周线下聚会，也欢迎新手。',
  '分享{t}和{u}的资料、新闻与讨论，禁止广告。',
  '端到端加密的{t}交流空间，安静、友好、无广告。',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Generated {
  id: string;
  owner: string;
  name: string;
  description: string;
  tags: string[];
  language: string;
  endpoint: string;
  serverKey: Uint8Array;
  revision: number;
  registration: Uint8Array;
  memberCount: number;
  createdAt: number;
  lastActiveAt: number;
}

const NOW = Date.UTC(2026, 11, 1);
const YEAR = 365 * 86_400_000;

function uuidv7At(ms: number, i: number): string {
  const h = ms.toString(16).padStart(12, '0');
  const r = (i + 1).toString(16).padStart(12, '0');
  const x = Math.floor(rand() * 0xfff)
    .toString(16)
    .padStart(3, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${x}-8${r.slice(0, 3)}-${r.slice(3, 12).padStart(12, '0')}`;
}

function generate(count: number): Generated[] {
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const chinese = rand() < 0.3;
    const topic = pickSkewed(chinese ? ZH_TOPICS : TOPICS);
    const other = pickSkewed(chinese ? ZH_TOPICS : TOPICS);
    const place = pick(chinese ? ZH_PLACES : PLACES);
    let name: string;
    let description: string;
    if (chinese) {
      name = rand() < 0.5 ? `${place}${topic}${pick(ZH_NOUNS)}` : `${topic}${pick(ZH_NOUNS)}`;
      description = pick(ZH_SENTENCES)
        .replace('{t}', topic)
        .replace('{u}', other)
        .replace('{p}', place);
    } else {
      const cap = topic[0]!.toUpperCase() + topic.slice(1);
      name =
        rand() < 0.4
          ? `${place} ${cap} ${pick(NOUNS)}`
          : rand() < 0.5
            ? `${pick(ADJECTIVES)} ${cap} ${pick(NOUNS)}`
            : `${cap} ${pick(NOUNS)}`;
      description = pick(SENTENCES)
        .replace('{t}', topic)
        .replace('{u}', other)
        .replace('{p}', place)
        .replace('{d}', pick(DAYS));
    }
    name = `${name} ${i % 97 === 0 ? i : ''}`.trim();
    const tags = [
      ...new Set([
        (chinese ? topic : topic).toLowerCase(),
        pickSkewed(chinese ? ZH_TOPICS : TOPICS).toLowerCase(),
        ...(rand() < 0.5 ? [pick(chinese ? ZH_PLACES : PLACES).toLowerCase()] : []),
      ]),
    ].sort();
    const createdAt = NOW - Math.floor(rand() * 3 * YEAR);
    const serverKey = new Uint8Array(32);
    new DataView(serverKey.buffer).setUint32(0, i);
    out.push({
      id: uuidv7At(createdAt, i),
      owner: `owner${i % 20_000}`,
      name,
      description,
      tags,
      language: chinese ? 'zh-Hans' : 'en',
      endpoint: `https://c${i}.example.org`,
      serverKey,
      revision: 1,
      registration: new Uint8Array([1]),
      memberCount: Math.floor(Math.exp(rand() * 10)),
      createdAt,
      lastActiveAt: createdAt + Math.floor(rand() * (NOW - createdAt)),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------
// Queries

/** One typo: a letter dropped, doubled or swapped with the next. */
function typo(word: string): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  const r = rand();
  if (r < 0.33) return word.slice(0, i) + word.slice(i + 1);
  if (r < 0.66) return word.slice(0, i) + word[i] + word.slice(i);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

type Kind = { name: string; queries: SearchQuery[]; anchor?: string[] };

function kinds(n: number): Kind[] {
  const words = Array.from({ length: n }, () => pick(TOPICS));
  const long = Array.from({ length: n }, () => pick(TOPICS.filter((t) => t.length >= 6)));
  const zh = Array.from({ length: n }, () => pick(ZH_TOPICS));
  const tags = Array.from({ length: n }, () => pick(TOPICS.slice(0, 40)));
  const fuzzy = long.map(typo);
  return [
    {
      name: 'exact word',
      queries: words.map((q) => ({ q, sort: 'relevance', limit: 20 })),
      anchor: words,
    },
    {
      name: 'prefix',
      queries: long.map((w) => ({ q: w.slice(0, 4), sort: 'relevance', limit: 20 })),
      anchor: long.map((w) => w.slice(0, 4)),
    },
    {
      name: 'fuzzy (one typo)',
      queries: fuzzy.map((q) => ({ q, sort: 'relevance', limit: 20 })),
      anchor: fuzzy,
    },
    {
      name: 'chinese',
      queries: zh.map((q) => ({ q, sort: 'relevance', limit: 20 })),
      anchor: zh,
    },
    {
      name: 'two words',
      queries: words.map((w, i) => ({
        q: `${w} ${pick(PLACES)}`,
        sort: 'relevance',
        limit: 20,
        ...(i < 0 ? {} : {}),
      })),
    },
    {
      name: 'tag filter',
      queries: tags.map((t) => ({ tags: [t], sort: 'members', limit: 20 })),
    },
    {
      name: 'word + tag, by members',
      queries: words.map((q, i) => ({ q, tags: [tags[i]!], sort: 'members', limit: 20 })),
    },
    {
      name: 'word, by members',
      queries: words.map((q) => ({ q, sort: 'members', limit: 20 })),
    },
    {
      name: 'all, by creation',
      queries: words.map(() => ({ sort: 'created', limit: 20 })),
    },
    {
      name: 'all, by last active',
      queries: words.map(() => ({ sort: 'active', limit: 20 })),
    },
  ];
}

function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

async function timeAll(fn: (i: number) => Promise<unknown>, n: number): Promise<number[]> {
  for (let i = 0; i < n; i++) await fn(i); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

async function run(kind: 'postgres' | 'sqlite', data: Generated[]) {
  let db: Db;
  let drop = async () => {};
  if (kind === 'postgres') {
    const url =
      process.env.NEXUSLINK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const schema = `bench_dir_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema},public`);
    db = postgresDb({ url: u.toString(), poolSize: 4 });
    drop = async () => {
      if (KEEP) console.log(`kept schema ${schema} (drop it: DROP SCHEMA ${schema} CASCADE)`);
      else await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    };
  } else db = sqliteDb(':memory:');
  try {
    await migrate(db);
    const store = new CommunityStore(db);
    const t0 = performance.now();
    for (let i = 0; i < data.length; i += 5000) await store.importListings(data.slice(i, i + 5000));
    if (kind === 'postgres') await db.exec('ANALYZE communities');
    else await db.exec('ANALYZE');
    console.log(
      `\n${kind}: ${data.length} communities written in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    console.log(
      `  ${'query kind'.padEnd(26)}      p50      p99  results(avg)   anchor p50   anchor p99   p50 speed-up`,
    );
    const summary: Record<
      string,
      { p50: number; p99: number; anchorP99?: number; speedup?: number }
    > = {};
    for (const k of kinds(QUERIES)) {
      let results = 0;
      const samples = await timeAll(async (i) => {
        const page = await store.search(k.queries[i]!);
        results += page.communities.length;
      }, k.queries.length);
      let anchorLine = '';
      const entry: (typeof summary)[string] = {
        p50: percentile(samples, 50),
        p99: percentile(samples, 99),
      };
      if (k.anchor) {
        const op = kind === 'postgres' ? 'ILIKE' : 'LIKE';
        const anchor = await timeAll(
          (i) =>
            db.all(
              `SELECT id, name FROM communities WHERE deleted_at IS NULL AND (name ${op} $1 OR description ${op} $1) ORDER BY member_count DESC, id DESC LIMIT 21`,
              [`%${k.anchor![i]!}%`],
            ),
          k.anchor.length,
        );
        entry.anchorP99 = percentile(anchor, 99);
        entry.speedup = percentile(anchor, 50) / entry.p50;
        anchorLine = `${fmt(percentile(anchor, 50))}     ${fmt(percentile(anchor, 99))}     ${entry.speedup.toFixed(1).padStart(6)}x`;
      }
      summary[k.name] = entry;
      console.log(
        `  ${k.name.padEnd(26)} ${fmt(entry.p50)} ${fmt(entry.p99)}  ${(results / k.queries.length / 2).toFixed(1).padStart(10)}   ${anchorLine}`,
      );
    }
    // A walk: 20 pages of 20 for a common tag, by members, each page from the cursor of the one before.
    const walk: number[] = [];
    for (let w = 0; w < Math.max(5, Math.floor(QUERIES / 20)); w++) {
      const tag = TOPICS[w % 10]!;
      let after: SearchQuery['after'];
      for (let page = 0; page < 20; page++) {
        const t = performance.now();
        const r = await store.search({
          tags: [tag],
          sort: 'members',
          limit: 20,
          ...(after ? { after } : {}),
        });
        walk.push(performance.now() - t);
        if (!r.next) break;
        after = r.next;
      }
    }
    summary['page walk'] = { p50: percentile(walk, 50), p99: percentile(walk, 99) };
    console.log(
      `  ${'page walk (20 pages)'.padEnd(26)} ${fmt(percentile(walk, 50))} ${fmt(percentile(walk, 99))}  (${walk.length} pages)`,
    );
    return summary;
  } finally {
    await db.close();
    await drop();
  }
}

const data = generate(COUNT);
console.log(
  `bench:directory: ${COUNT} communities (${data.filter((d) => d.language === 'en').length} English, ${data.filter((d) => d.language !== 'en').length} Chinese), ${QUERIES} queries per kind; ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; Node ${process.version}`,
);
const results: Record<string, Awaited<ReturnType<typeof run>>> = {};
for (const kind of ['postgres', 'sqlite'] as const) {
  if (ONLY && ONLY !== kind) continue;
  results[kind] = await run(kind, data);
}
if (results.postgres) {
  const pgr = results.postgres;
  const worst = Math.max(...Object.values(pgr).map((r) => r.p99));
  const fuzzy = pgr['fuzzy (one typo)']!;
  console.log(
    `\ntargets on PostgreSQL: p99 < 20 ms for every kind: ${worst < 20 ? 'met' : 'NOT met'} (worst ${worst.toFixed(2)} ms); fuzzy >= 10x the anchor: ${fuzzy.speedup! >= 10 ? 'met' : 'NOT met'} (${fuzzy.speedup!.toFixed(1)}x)`,
  );
}
console.log(
  `load average at the end: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
