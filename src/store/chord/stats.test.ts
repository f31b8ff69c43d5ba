import { describe, expect, it } from 'vitest';
import { chordStore } from '../chord';
import { experimentWorker } from './stats';

describe('Statistics runs are a store action', () => {
  it('runs the experiment (inline without a Worker) and keeps the result in state', () => {
    experimentWorker.swap(() => null);
    const req = {
      kind: 'experiment',
      version: 1,
      name: 'pathLength',
      seed: 1,
      bits: 10,
      sizes: [16, 32],
      lookups: 50,
    };
    chordStore.getState().runStats(req);
    const s = chordStore.getState().stats;
    expect(s?.key).toBe(JSON.stringify(req));
    expect(s?.progress).toBe(1);
    expect(s?.result?.name).toBe('pathLength');
  });

  it('a bad experiment is reported and leaves no run behind', () => {
    experimentWorker.swap(() => null);
    chordStore.getState().runStats({ kind: 'experiment', version: 1, name: 'nope' });
    expect(chordStore.getState().stats).toBeNull();
    expect(chordStore.getState().error).toMatch(/name/i);
  });
});
