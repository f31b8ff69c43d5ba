import { describe, expect, it } from 'vitest';
import { createLabStore, type ScenarioJson } from './lab';
import { createTimeline, currentState, fork, type Step } from '../engine/timeline';
import { fail, intField, isRecord } from '../engine/scenario/errors';

// A tiny counting "lab": the scenario says how many ticks to run; each tick adds 1.
interface Count {
  ticks: number;
}
const parse = (raw: unknown): Count => {
  if (!isRecord(raw)) fail('A scenario must be a JSON object.');
  if (raw.kind !== 'count') fail('wrong kind');
  return { ticks: intField(raw, 'ticks', 'count', { min: 0, max: 100 }) };
};
const steps = (from: number, n: number): Step<number>[] =>
  Array.from({ length: n }, (_, i) => ({
    type: 'tick',
    text: `now ${from + i + 1}`,
    state: from + i + 1,
  }));
const makeStore = () =>
  createLabStore(
    {
      lab: 'dht',
      kind: 'count',
      parse,
      build: (s: Count) => createTimeline(0, steps(0, s.ticks)),
      defaultScenario: (): ScenarioJson => ({ kind: 'count', ticks: 3 }),
      viewChecks: () => ({}),
    },
    (_set, get) => ({
      // a user action: fork at the cursor and append one step
      addTen: () => {
        const { timeline, scenario, parsed } = get();
        const now = currentState(timeline);
        get().commit(
          scenario,
          parsed,
          fork(timeline, [{ type: 'add', text: 'add ten', state: now + 10 }]),
        );
      },
    }),
  );

describe('lab store player', () => {
  it('steps forward, back, jumps and restarts over the engine steps', () => {
    const store = makeStore();
    const s = () => store.getState();
    expect(s().timeline.steps).toHaveLength(3);
    s().forward();
    s().forward();
    expect(currentState(s().timeline)).toBe(2);
    s().back();
    expect(currentState(s().timeline)).toBe(1);
    s().jump(3);
    expect(currentState(s().timeline)).toBe(3);
    s().restart();
    expect(s().timeline.cursor).toBe(0);
    s().play();
    s().end();
    expect(s().timeline.cursor).toBe(3);
    expect(s().playing).toBe(false);
  });

  it('forks on a user action mid-run: the future is dropped and the action is next', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().jump(1);
    (s() as unknown as { addTen(): void }).addTen();
    expect(s().timeline.steps.map((x) => x.state)).toEqual([1, 11]);
    s().forward();
    expect(currentState(s().timeline)).toBe(11);
  });

  it('a manual step forward or back takes over from play', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().play();
    s().forward();
    expect(s().playing).toBe(false);
    expect(s().timeline.cursor).toBe(1);
    s().play();
    s().back();
    expect(s().playing).toBe(false);
  });

  it('plays to the end and stops; play at the end starts over', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().play();
    expect(s().playing).toBe(true);
    s().tick();
    s().tick();
    s().tick();
    expect(s().timeline.cursor).toBe(3);
    expect(s().playing).toBe(false);
    s().play();
    expect(s().timeline.cursor).toBe(0);
    expect(s().playing).toBe(true);
  });

  it('loads a valid scenario with its cursor, and snapshots it back', () => {
    const store = makeStore();
    const s = () => store.getState();
    expect(s().load({ kind: 'count', ticks: 5, view: { cursor: 4, selected: 2 } })).toBe(true);
    expect(s().timeline.cursor).toBe(4);
    expect(s().view).toEqual({ selected: 2 });
    expect(s().snapshot()).toEqual({ kind: 'count', ticks: 5, view: { selected: 2, cursor: 4 } });
  });

  it('opens on the default scenario with its view and cursor', () => {
    const store = createLabStore({
      lab: 'dht',
      kind: 'count',
      parse,
      build: (s: Count) => createTimeline(0, steps(0, s.ticks)),
      defaultScenario: () => ({ kind: 'count', ticks: 3, view: { cursor: 2, selected: 8 } }),
      viewChecks: () => ({}),
    });
    expect(store.getState().timeline.cursor).toBe(2);
    expect(store.getState().view).toEqual({ selected: 8 });
    expect(store.getState().scenario).toEqual({ kind: 'count', ticks: 3 });
  });

  it('rejects bad input with a clear message and keeps the current state', () => {
    const store = makeStore();
    const s = () => store.getState();
    s().jump(2);
    const before = s().timeline;
    expect(s().load({ kind: 'count', ticks: 999 })).toBe(false);
    expect(s().error).toMatch(/"ticks" must be between 0 and 100/);
    expect(s().timeline).toBe(before);
    expect(s().load({ kind: 'byzantine' }, 'link')).toBe(false);
    expect(s().error).toMatch(/"byzantine" scenario; the DHT ring lab takes "count"/);
    s().dismissError();
    expect(s().error).toBeNull();
  });
});
