import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { omMessageCount } from './counts';
import { buildByzantineTimeline } from './frames';
import { runByzantine } from './run';
import { runByzantineScenario } from './scenario';
import {
  ORDERS,
  STRATEGIES,
  type Algorithm,
  type ByzantineRun,
  type ByzantineScenario,
  type Strategy,
} from './types';

/** scenarios with n in [minN, maxN], m in [0, maxM] and at most `maxTraitors(n, m)` traitors */
const scenarios = (
  algorithm: Algorithm,
  { minN = 3, maxN = 7, maxM = 2 },
  ok: (n: number, m: number) => boolean,
  maxTraitors: (n: number, m: number) => number,
): fc.Arbitrary<ByzantineScenario> =>
  fc
    .tuple(fc.integer({ min: minN, max: maxN }), fc.integer({ min: 0, max: maxM }))
    .filter(([n, m]) => ok(n, m))
    .chain(([n, m]) =>
      fc.record({
        kind: fc.constant('byzantine' as const),
        version: fc.constant(1 as const),
        seed: fc.nat(),
        algorithm: fc.constant(algorithm),
        generals: fc.constant(n),
        m: fc.constant(m),
        order: fc.constantFrom(...ORDERS),
        traitors: fc
          .uniqueArray(
            fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...STRATEGIES)),
            { maxLength: maxTraitors(n, m), selector: ([id]) => id },
          )
          .map((xs) => {
            const out: Record<string, Strategy> = {};
            for (const [id, st] of xs) out[String(id)] = st;
            return out;
          }),
      }),
    );

const holds = (run: ByzantineRun): boolean => run.verdict.ic1 && run.verdict.ic2;

describe('the paper’s theorems, as properties', () => {
  it('Theorem 1: OM(m) satisfies IC1 and IC2 when n > 3m and there are at most m traitors', () => {
    fc.assert(
      fc.property(
        scenarios(
          'OM',
          {},
          (n, m) => n > 3 * m,
          (_n, m) => m,
        ),
        (s) => {
          const run = runByzantine(s);
          expect(run.warnings).toEqual([]);
          expect(holds(run)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Theorem 2: SM(m) satisfies IC1 and IC2 when there are at most m traitors', () => {
    fc.assert(
      fc.property(
        scenarios(
          'SM',
          { maxM: 4 },
          () => true,
          (n, m) => Math.min(n, m),
        ),
        (s) => {
          const run = runByzantine(s);
          expect(run.warnings).toEqual([]);
          expect(holds(run)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('invariants for any configuration', () => {
  const anyOM = scenarios(
    'OM',
    { maxM: 3 },
    () => true,
    (n) => n,
  );
  const anySM = scenarios(
    'SM',
    { maxM: 4 },
    () => true,
    (n) => n,
  );

  it('OM: every message path is distinct generals from the commander; counts match the formula', () => {
    fc.assert(
      fc.property(anyOM, (s) => {
        const run = runByzantine(s);
        expect(run.messages.length).toBe(omMessageCount(s.generals, s.m));
        const seen = new Set<string>();
        for (const x of run.messages) {
          expect(x.path[0]).toBe(0);
          expect(new Set(x.path).size).toBe(x.path.length);
          expect(x.path.length).toBe(x.level + 2);
          expect(x.path.at(-1)).toBe(x.to);
          expect(x.path.at(-2)).toBe(x.from);
          expect(x.sent).toBe(x.value !== null);
          if (!run.traitor[x.from]) expect(x.value).toBe(x.loyal);
          seen.add(x.path.join());
        }
        expect(seen.size).toBe(run.messages.length);
        const silent = Object.values(s.traitors).includes('silent');
        if (!silent) expect(run.counts.total).toBe(omMessageCount(s.generals, s.m));
        expect(run.counts.total + run.counts.suppressed).toBe(run.messages.length);
      }),
      { numRuns: 150 },
    );
  });

  it('OM: each tree node rolls up majority(received, children) and the root is the decision', () => {
    fc.assert(
      fc.property(anyOM, (s) => {
        const run = runByzantine(s);
        for (let i = 1; i < s.generals; i++) {
          const root = run.trees[i]!;
          expect(root.value).toBe(run.rule[i]);
          expect(run.decisions[i]).toBe(run.traitor[i] ? null : run.rule[i]);
          const visit = (node: typeof root): void => {
            expect(node.path.at(-1)).toBe(i);
            expect(run.messages[node.message]!.path).toBe(node.path);
            const vals = [node.received ?? 'retreat', ...node.children.map((c) => c.value)];
            const attack = vals.filter((v) => v === 'attack').length;
            const expected =
              node.children.length === 0
                ? vals[0]
                : attack * 2 > vals.length
                  ? 'attack'
                  : 'retreat';
            expect(node.value).toBe(expected);
            node.children.forEach(visit);
          };
          visit(root);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('SM: no loyal signature is forged, chains grow one signature per round', () => {
    fc.assert(
      fc.property(anySM, (s) => {
        const run = runByzantine(s);
        const sent = run.messages.filter((x) => x.sent);
        const key = (v: string, path: readonly number[]): string => `${v}|${path.join()}`;
        const delivered = new Set(sent.map((x) => key(x.value!, x.path)));
        for (const x of sent) {
          const chain = x.path.slice(0, -1);
          expect(chain.length).toBe(x.level + 1);
          expect(chain[0]).toBe(0);
          expect(chain.at(-1)).toBe(x.from);
          expect(new Set(x.path).size).toBe(x.path.length);
          if (!run.traitor[0]) expect(x.value).toBe(s.order);
          // a loyal signer j at position k signed only what it received: v with chain[0..k)
          for (let k = 1; k < chain.length; k++) {
            if (!run.traitor[chain[k]!]) {
              expect(delivered.has(key(x.value!, chain.slice(0, k + 1)))).toBe(true);
            }
          }
        }
        // a loyal lieutenant's V holds exactly the values it received
        for (let i = 1; i < s.generals; i++) {
          const got = new Set(sent.filter((x) => x.to === i).map((x) => x.value));
          expect(new Set(run.V[i])).toEqual(got);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('runs are deterministic and timelines end on the run’s verdict', () => {
    fc.assert(
      fc.property(fc.oneof(anyOM, anySM), (s) => {
        expect(runByzantineScenario(s)).toEqual(runByzantineScenario(s));
        const t = buildByzantineTimeline(s, { granularity: 'auto' });
        const last = t.steps.at(-1)!.state;
        expect(last.verdict).toEqual(t.run.verdict);
        expect(last.delivered).toBe(t.run.messages.length);
        expect(last.decisions).toEqual(t.run.decisions);
        for (let k = 1; k < t.steps.length; k++) {
          expect(t.steps[k]!.state.delivered).toBeGreaterThanOrEqual(
            t.steps[k - 1]!.state.delivered,
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
