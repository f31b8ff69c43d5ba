import { describe, expect, it } from 'vitest';
import { chordStore, defaultChordScenario } from './chord';
import { byzantineStore, DEFAULT_SCENARIO } from './byzantine';
import { LESSONS } from './lessons';
import { paxosStore } from './paxos';
import { ROUTINGS } from '../engine/chord';

const load = (view: unknown) => {
  const s = chordStore.getState();
  const ok = s.load({ ...defaultChordScenario(), view }, 'link');
  return { ok, state: chordStore.getState() };
};

describe('the view of a link is checked like the rest of the scenario (#15)', () => {
  it.each([
    ['{"compare": "x"}', { compare: 'x' }, /"view.compare" must be an object/],
    ['compare rows: 5', { compare: { key: 54, from: 8, rows: 5 } }, null],
    [
      'an experiment with sizes: 5',
      { stats: true, experiment: { name: 'pathLength', sizes: 5 } },
      /"view.experiment".*sizes/,
    ],
    ['a selection off the circle', { selected: 1e9 }, /"view.selected"/],
    ['an unknown routing', { routing: 'teleport' }, /"view.routing"/],
  ])('%s: the scenario loads, bad fields are dropped, with a notice', (_n, view, pattern) => {
    const { ok, state } = load(view);
    expect(ok).toBe(true);
    expect(state.error).toBeNull();
    expect(state.scenario.nodes).toEqual(defaultChordScenario().nodes);
    if (pattern) expect(state.notice).toMatch(pattern);
    const compare = state.view.compare as { rows: unknown[] } | undefined;
    if (compare !== undefined) expect(Array.isArray(compare.rows)).toBe(true);
    expect(state.view.experiment === undefined || typeof state.view.experiment === 'object').toBe(
      true,
    );
  });

  it('refuses a view that is not an object, keeping the current state', () => {
    load({ selected: 21 });
    const { ok, state } = load('x');
    expect(ok).toBe(false);
    expect(state.error).toMatch(/"view" must be an object/);
    expect(state.view.selected).toBe(21);
  });

  it('recomputes the comparison rows instead of trusting the link', () => {
    const { state } = load({ compare: { key: 54, from: 8, rows: [{ routing: 'evil' }] } });
    const rows = (state.view.compare as { rows: { routing: string; hops: number }[] }).rows;
    expect(rows.map((r) => r.routing)).toEqual(ROUTINGS);
    expect(rows.find((r) => r.routing === 'finger')?.hops).toBe(3);
  });

  it('keeps good fields and fields it does not know', () => {
    const { state } = load({ selected: 14, stats: false, panel: 'other' });
    expect(state.view).toMatchObject({ selected: 14, stats: false, panel: 'other' });
    expect(state.notice).toBeNull();
  });

  it('checks the Byzantine view too', () => {
    const ok = byzantineStore
      .getState()
      .load({ ...DEFAULT_SCENARIO, view: { selected: 99, stage: { x: 1 } } }, 'link');
    expect(ok).toBe(true);
    const s = byzantineStore.getState();
    expect(s.view.selected).toBeUndefined();
    expect(s.view.stage).toBeUndefined();
    expect(s.notice).toMatch(/"view.selected".*"view.stage"/);
  });

  it('checks the Paxos view: the selection must be one of its acceptors, the panel a known one', () => {
    // a lesson without its questions (a scenario with questions turns Predict on)
    const paxos = { ...LESSONS.find((l) => l.lab === 'paxos')!.scenario };
    delete paxos.questions;
    const ok = paxosStore
      .getState()
      .load({ ...paxos, view: { selected: 'A9', panel: 'secret', present: 'yes' } }, 'link');
    expect(ok).toBe(true);
    const s = paxosStore.getState();
    expect(s.view).toEqual({});
    expect(s.notice).toMatch(/"view.present".*"view.selected".*"view.panel"/);
    paxosStore.getState().load({ ...paxos, view: { selected: 'A2', panel: 'bound' } }, 'link');
    expect(paxosStore.getState().view).toEqual({ selected: 'A2', panel: 'bound' });
  });
});
