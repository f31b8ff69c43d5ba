/**
 * npm run bench: prints how long the heavy paths take on this machine. Numbers, not pass/fail:
 * speed targets live here rather than in timed unit tests.
 */
import { performance } from 'node:perf_hooks';
import {
  parseExperiment,
  runExperiment,
  parseChordScenario,
  buildChordTimeline,
} from '../src/engine/chord';
import {
  parseByzantineScenario,
  runByzantine,
  buildByzantineTimeline,
} from '../src/engine/byzantine';

function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms`);
  return out;
}

console.log(`Ringside bench — node ${process.version}\n`);

const path = time('chord pathLength N=16,384, 10,000 lookups (bits 32)', () =>
  runExperiment(
    parseExperiment({
      kind: 'experiment',
      version: 1,
      name: 'pathLength',
      bits: 32,
      sizes: [16384],
      lookups: 10000,
      seed: 1,
    }),
  ),
);
const row = (path as { rows: { meanHops: number; p1: number; p99: number }[] }).rows[0]!;
console.log(
  `  mean hops ${row.meanHops.toFixed(2)} (½·log2 N + 1 = ${(0.5 * Math.log2(16384) + 1).toFixed(2)}), p1 ${row.p1}, p99 ${row.p99}`,
);

const lb = time('chord loadBalance 10,000 nodes, 500,000 keys, v = 1, 4, 16', () =>
  runExperiment(
    parseExperiment({
      kind: 'experiment',
      version: 1,
      name: 'loadBalance',
      bits: 32,
      nodes: 10000,
      keys: 500000,
      virtualNodes: [1, 4, 16],
      seed: 1,
    }),
  ),
);
for (const r of (lb as { rows: { virtualNodes: number; mean: number; p99: number; max: number }[] })
  .rows) {
  console.log(
    `  v=${r.virtualNodes}: mean ${r.mean.toFixed(1)}, p99 ${r.p99} (${(r.p99 / r.mean).toFixed(2)}× mean), max ${r.max}`,
  );
}

const fl = time('chord failures 1,000 nodes, 10,000 keys, p = 0.1..0.5', () =>
  runExperiment(
    parseExperiment({
      kind: 'experiment',
      version: 1,
      name: 'failures',
      bits: 32,
      nodes: 1000,
      keys: 10000,
      lookups: 10000,
      failFractions: [0.1, 0.2, 0.3, 0.4, 0.5],
      replicas: 1,
      seed: 1,
    }),
  ),
);
for (const r of (fl as { rows: { failFraction: number; failedLookups: number }[] }).rows) {
  console.log(`  p=${r.failFraction}: failed lookups ${(r.failedLookups * 100).toFixed(1)}%`);
}

for (const n of [1000, 10000]) {
  time(`chord timeline: random ring of ${n} nodes + one stabilization round`, () =>
    buildChordTimeline(
      parseChordScenario({
        kind: 'chord',
        version: 1,
        bits: 32,
        nodes: n,
        steps: [{ op: 'stabilize', rounds: 1 }],
      }),
    ),
  );
}

const big = parseByzantineScenario({
  kind: 'byzantine',
  version: 1,
  algorithm: 'OM',
  generals: 13,
  m: 4,
  traitors: { '5': 'opposite', '9': 'split' },
});
const run = time('byzantine OM(4), 13 generals: full run', () => runByzantine(big));
console.log(`  messages ${run.messages.length}`);
time('byzantine OM(4), 13 generals: timeline (auto granularity)', () =>
  buildByzantineTimeline(big, { granularity: 'auto' }),
);
time('byzantine SM(4), 13 generals: full run', () =>
  runByzantine(
    parseByzantineScenario({
      kind: 'byzantine',
      version: 1,
      algorithm: 'SM',
      generals: 13,
      m: 4,
      traitors: { '0': 'split' },
    }),
  ),
);
