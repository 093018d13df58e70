// Self and inclusive time per function of a V8 CPU profile: what
// bench/profile.ts, bench/client-profile.ts and bench/profile-summary.ts print.

/** The parts of a `.cpuprofile` (node --cpu-prof, or the inspector's Profiler.stop) read here. */
export interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
    };
    readonly children?: readonly number[];
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export type ProfileNode = CpuProfile['nodes'][number];

/** `name file:line` of a node, with the file's last path segment. */
export const fileLabel = (n: ProfileNode): string =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber + 1}`;

/**
 * Sampled time (µs) per label: `self` where the sample's leaf is, `inclusive`
 * for every label on its stack (once per sample, however often it recurs).
 * Samples whose leaf `skip` names are left out of both; `total` counts all.
 */
export function tallyProfile(
  profile: CpuProfile,
  label: (n: ProfileNode) => string = fileLabel,
  skip: (leaf: ProfileNode) => boolean = () => false,
): { self: Map<string, number>; inclusive: Map<string, number>; total: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = profile.timeDeltas![i]!;
    total += dt;
    const leaf = byId.get(id)!;
    if (skip(leaf)) return;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (!seen.has(l)) inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
      seen.add(l);
    }
  });
  return { self, inclusive, total };
}
