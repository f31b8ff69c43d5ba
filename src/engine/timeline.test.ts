import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  atEnd,
  back,
  createTimeline,
  currentState,
  currentStep,
  fork,
  forward,
  jump,
  restart,
  type Step,
} from './timeline';

const step = (n: number): Step<number> => ({ type: 'tick', text: `value becomes ${n}`, state: n });
const timeline = createTimeline(0, [step(1), step(2), step(3)]);

describe('timeline player', () => {
  it('starts at the base picture', () => {
    expect(timeline.cursor).toBe(0);
    expect(currentState(timeline)).toBe(0);
    expect(currentStep(timeline)).toBeUndefined();
  });

  it('steps forward through every event and stops at the end', () => {
    let t = timeline;
    const seen: number[] = [];
    for (let i = 0; i < 5; i++) {
      t = forward(t);
      seen.push(currentState(t));
    }
    expect(seen).toEqual([1, 2, 3, 3, 3]);
    expect(atEnd(t)).toBe(true);
    expect(currentStep(t)?.text).toBe('value becomes 3');
  });

  it('steps back to exactly the previous picture and not below the start', () => {
    let t = jump(timeline, 2);
    expect(currentState(t)).toBe(2);
    t = back(t);
    expect(currentState(t)).toBe(1);
    t = back(back(t));
    expect(t.cursor).toBe(0);
    expect(currentState(t)).toBe(0);
  });

  it('jumps anywhere, clamping out-of-range targets', () => {
    expect(currentState(jump(timeline, 2))).toBe(2);
    expect(jump(timeline, 99).cursor).toBe(3);
    expect(jump(timeline, -4).cursor).toBe(0);
    expect(restart(jump(timeline, 3)).cursor).toBe(0);
  });

  it('forks: drops the future after the cursor and appends the action as the next steps', () => {
    const mid = jump(timeline, 1);
    const forked = fork(mid, [step(10), step(11)]);
    expect(forked.steps.map((s) => s.state)).toEqual([1, 10, 11]);
    expect(forked.cursor).toBe(1);
    expect(currentState(forward(forked))).toBe(10);
  });

  it('forward then back is the identity for any cursor (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), (k) => {
        const t = jump(timeline, k);
        expect(back(forward(t))).toEqual(t);
      }),
    );
  });
});
