/**
 * npm run bench: the engine rows of issue #11's table, each with its target and, where there is
 * one, a ratio measured in the same run. Numbers, not pass/fail: speed targets live here rather
 * than in timed unit tests. CPU time is this process's (process.cpuUsage: user + system, so the
 * figures hold on a busy machine; it includes V8's GC helper threads), over several runs:
 * median [min–max]. The UI rows are printed by npm run bench:ui. ONLY=lookups,om,… picks groups.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  applyChordOp,
  baseFrame,
  buildChordTimeline,
  buildRing,
  contextOf,
  parseChordOp,
  parseChordScenario,
  parseExperiment,
  runExperiment,
  type NodeId,
} from '../src/engine/chord';
import { Draft } from '../src/engine/chord/draft';
import { arrayRing, fingerRoute, fingerRoutes, randomIds } from '../src/engine/chord/experiments';
import { asKey, successorIndex } from '../src/engine/chord/ring';
import { route } from '../src/engine/chord/routing';
import { parseByzantineScenario, runByzantine } from '../src/engine/byzantine';
import { timelineOf } from '../src/engine/byzantine/frames';
import { createRng } from '../src/engine/prng';

const cpuMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

/** CPU ms of f, over `runs` runs (after one warm-up run when `warm`). */
function measure(runs: number, f: () => void, warm = true): number[] {
  if (warm) f();
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = cpuMs();
    f();
    out.push(cpuMs() - t);
  }
  return out.sort((a, b) => a - b);
}
const median = (xs: readonly number[]): number => xs[Math.floor(xs.length / 2)]!;
const fmt = (x: number, digits = 0): string =>
  x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const spread = (xs: readonly number[], unit: string, digits = 0): string =>
  `${fmt(median(xs), digits)} ${unit} [${fmt(xs[0]!, digits)}–${fmt(xs[xs.length - 1]!, digits)}]`;

function row(what: string, measured: string, target: string, met: boolean | null): void {
  const mark = met === null ? '' : met ? 'met' : 'MISS';
  console.log(`${what.padEnd(58)} ${measured.padEnd(40)} ${target.padEnd(26)} ${mark}`);
}
const note = (text: string): void => console.log(`  ${text}`);
/** ONLY=lookups,om,engine10k,runs,cli runs just those groups of rows (all by default). */
const only = process.env.ONLY?.split(',').filter(Boolean) ?? [];
const want = (group: string): boolean => only.length === 0 || only.includes(group);

console.log(
  `Ringside bench — node ${process.version}, load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (1/5/15 min)`,
);
console.log('CPU ms per run, median [min–max]\n');
row('row', 'measured', 'target', null);

// ---- finger lookups at N = 10^5: experiments path, binary-search oracle, interactive route()
if (want('lookups')) {
  const N = 100_000;
  const L = 1_000_000;
  const rng = createRng(1);
  const ids = randomIds(rng, N, 32);
  const ring = arrayRing(ids, 32);
  const from = new Int32Array(L);
  const keys = new Float64Array(L);
  for (let i = 0; i < L; i++) {
    from[i] = rng.int(N);
    keys[i] = rng.uint32();
  }
  let sink = 0;
  // the experiments route their lookups in batches (fingerRoutes); one at a time for comparison
  const out = new Float64Array(L);
  const batch = (): void => {
    fingerRoutes(ring, from, keys, out);
    sink += out[L - 1]!;
  };
  const cold = measure(1, batch, false);
  const exp = measure(5, batch);
  const single = measure(3, () => {
    for (let i = 0; i < L; i++) sink += fingerRoute(ring, from[i]!, keys[i]!);
  });
  const oracle = measure(5, () => {
    for (let i = 0; i < L; i++) sink += successorIndex(ids, keys[i]!);
  });
  const rate = (ms: readonly number[]): number[] => ms.map((x) => (L / x) * 1000).reverse();
  const expRate = rate(exp);
  row(
    'experiments path: finger lookups/s, N = 10^5, bits 32',
    spread(
      expRate.map((x) => x / 1e6),
      'M/s',
      2,
    ),
    '≥ 1M/s',
    median(expRate) >= 1e6,
  );
  note(`first pass (fills the finger table as it goes): ${fmt(L / cold[0]! / 1000, 2)} M/s`);
  note(
    `one lookup at a time (fingerRoute): ${spread(
      rate(single).map((x) => x / 1e6),
      'M/s',
      2,
    )}`,
  );
  const ratio = median(exp) / median(oracle);
  row(
    '  vs binary-search oracle (successor of each key only)',
    `oracle ${spread(
      rate(oracle).map((x) => x / 1e6),
      'M/s',
      2,
    )}; ratio ${fmt(ratio, 1)}×`,
    '≤ 5×',
    ratio <= 5,
  );

  const frame = buildRing(Array.from(ids), 32, 1, []);
  const d = new Draft(frame);
  const R = 100_000;
  const idList = frame.ids;
  const interactive = measure(3, () => {
    for (let i = 0; i < R; i++) {
      const r = route(
        d,
        {
          keyId: keys[i]!,
          key: asKey(keys[i]!),
          from: idList[from[i]!] as NodeId,
          routing: 'finger',
          skip: 4,
          repair: false,
          purpose: 'lookup',
        },
        null,
      );
      sink += r.path.length;
    }
  });
  const routeRate = interactive.map((x) => (R / x) * 1000).reverse();
  row(
    'interactive route(): lookups/s, N = 10^5, nothing recorded',
    spread(
      routeRate.map((x) => x / 1e3),
      'k/s',
    ),
    '≥ 300k/s',
    median(routeRate) >= 300e3,
  );
  note(
    `interactive vs experiments path: ${fmt(median(expRate) / median(routeRate), 1)}× slower per lookup (same keys, same ring)`,
  );
  if (sink === 0) console.log('');
}

// ---- OM(4) with 13 generals
if (want('om')) {
  const big = parseByzantineScenario({
    kind: 'byzantine',
    version: 1,
    algorithm: 'OM',
    generals: 13,
    m: 4,
    traitors: { '5': 'opposite', '9': 'split' },
  });
  const engine = measure(5, () => runByzantine(big));
  const run = runByzantine(big);
  const timeline = measure(5, () => timelineOf(run, { granularity: 'auto' }));
  row(
    'OM n = 13, m = 4 (108,384 messages): engine',
    spread(engine, 'ms'),
    '≤ 120 ms',
    median(engine) <= 120,
  );
  row(
    '  its timeline (frames from the run)',
    spread(timeline, 'ms'),
    '≤ 100 ms',
    median(timeline) <= 100,
  );
}

// ---- the engine's share of 10,000-node UI actions (the UI rows add React and drawing)
if (want('engine10k')) {
  const s = parseChordScenario({ kind: 'chord', version: 1, bits: 32, nodes: 10_000, steps: [] });
  const ctx = contextOf(s);
  const frame = baseFrame(s);
  const ids = frame.ids;
  const ops: [string, unknown][] = [
    ['lookup', { op: 'lookup', from: ids[17], key: 'apple' }],
    ['add (join)', { op: 'join', id: (ids[40]! + 1) % 2 ** 32, via: ids[3] }],
    ['crash', { op: 'crash', id: ids[99] }],
    ['stabilize (one round)', { op: 'stabilize', rounds: 1 }],
  ];
  for (const [name, raw] of ops) {
    const op = parseChordOp(raw, frame, ctx);
    let steps = 0;
    const ms = measure(5, () => {
      steps = applyChordOp(frame, op, ctx).steps.length;
    });
    row(
      `10,000-node ring, engine part of: ${name}`,
      `${spread(ms, 'ms', 1)} (${steps} steps)`,
      '(UI row ≤ 50 ms)',
      null,
    );
  }
}

// ---- the paper's experiments and timelines (no target; for comparison over time)
if (want('runs')) {
  const time = (label: string, f: () => unknown): void => {
    const ms = measure(3, f, false);
    row(label, spread(ms, 'ms'), '', null);
  };
  time('pathLength N = 16,384, 10,000 lookups (bits 32)', () =>
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
  time('loadBalance 10,000 nodes, 500,000 keys, v = 1, 4, 16', () =>
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
  time('failures 1,000 nodes, 10,000 keys, p = 0.1..0.5', () =>
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
  for (const n of [1000, 10000]) {
    time(`chord timeline: ${fmt(n)}-node ring + one stabilization round`, () =>
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
  time('SM(4), 13 generals: full run', () =>
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
}

// ---- the CLI, as a user runs it: CPU and peak memory from /usr/bin/time
if (want('cli')) {
  const dir = mkdtempSync(join(tmpdir(), 'ringside-bench-'));
  const file = (name: string, body: object): string => {
    const p = join(dir, name);
    writeFileSync(p, JSON.stringify(body));
    return p;
  };
  const oneStep = file('one-step.json', {
    kind: 'chord',
    version: 1,
    bits: 6,
    nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
    steps: [{ op: 'lookup', from: 8, key: 54 }],
  });
  const huge = file('path-2^22.json', {
    kind: 'experiment',
    version: 1,
    name: 'pathLength',
    bits: 32,
    sizes: [4_194_304],
    lookups: 10_000,
    seed: 1,
  });
  const timed = existsSync('/usr/bin/time');
  /** CPU seconds and peak RSS (MB) of `npm run --silent scenario -- file` (or of the CLI alone) */
  const cli = (f: string, viaNpm = true): { cpu: number; rss: number; ok: boolean } => {
    const cmd = viaNpm
      ? ['npm', 'run', '--silent', 'scenario', '--', f]
      : [process.execPath, 'scripts/scenario.mjs', f];
    const t0 = performance.now();
    const r = timed
      ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...cmd], { encoding: 'utf8' })
      : spawnSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    const wall = (performance.now() - t0) / 1000;
    if (!timed) return { cpu: wall, rss: NaN, ok: r.status === 0 };
    const last = r.stderr.trim().split('\n').at(-1) ?? '';
    const [u, s, m] = last.split(' ').map(Number);
    return { cpu: u! + s!, rss: m! / 1024, ok: r.status === 0 };
  };
  cli(oneStep); // compiles the CLI first if the sources changed
  const starts = Array.from({ length: 5 }, () => cli(oneStep).cpu).sort((a, b) => a - b);
  row(
    `CLI startup: npm run --silent scenario, 1-step scenario`,
    `${spread(starts, 's', 2)} ${timed ? 'CPU' : 'wall'}`,
    '≤ 0.4 s CPU',
    median(starts) <= 0.4,
  );
  const bigs = Array.from({ length: 5 }, () => cli(huge, false));
  const ok = bigs.every((b) => b.ok);
  const rss = bigs.map((b) => b.rss).sort((a, b) => a - b);
  const cpu = bigs.map((b) => b.cpu).sort((a, b) => a - b);
  row(
    'CLI pathLength at 2^22 nodes, 10,000 lookups (the CLI process)',
    ok ? `${spread(rss, 'MB')} peak, ${spread(cpu, 's', 1)} CPU` : 'failed',
    '≤ 1 GB',
    ok && rss[rss.length - 1]! <= 1024,
  );
}
