import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chordStore, defaultChordScenario } from '../chord';
import { estimateMs, heavyLabel, chordWorker, type BuildReply, type ChordWorker } from './heavy';
import { createBuildServer } from '../../workers/chord.compute';
import { asNodeId, parseChordScenario } from '../../engine/chord';
import { buildTimeline } from './scenario';
import { currentState, stateAt } from '../../engine/timeline';
import { checkOf } from './checks';

const s = () => chordStore.getState();
const ring = (nodes: number, rounds = 0, extra: Record<string, unknown> = {}) => ({
  kind: 'chord',
  version: 1,
  bits: 32,
  nodes,
  steps: rounds > 0 ? [{ op: 'stabilize', rounds }] : [],
  ...extra,
});

/**
 * The real worker's code behind a fake Worker whose replies wait until delivered. Every
 * progress report is posted (no 50 ms throttle): how many a run makes must not depend on how
 * fast the machine builds it.
 */
class FakeWorker implements ChordWorker {
  onmessage: ChordWorker['onmessage'] = null;
  onerror: ChordWorker['onerror'] = null;
  queue: BuildReply[] = [];
  terminated = false;
  /** every reply posted, delivered or not */
  posted: BuildReply[] = [];
  private serve = createBuildServer();
  postMessage(req: Parameters<ChordWorker['postMessage']>[0]) {
    this.serve(
      req,
      (m) => {
        const copy = structuredClone(m);
        this.posted.push(copy);
        this.queue.push(copy);
      },
      700,
      0,
    );
  }
  terminate() {
    this.terminated = true;
  }
  deliver(n = Infinity) {
    while (n-- > 0 && this.queue.length > 0)
      this.onmessage?.({ data: this.queue.shift()! } as MessageEvent<BuildReply>);
  }
}
// the runner keeps its worker between jobs (and ignores replies to older ones)
const workers: FakeWorker[] = [];
const last = () => workers.at(-1)!;

beforeEach(() => {
  for (const w of workers) w.queue = [];
  chordWorker.swap(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  expect(s().load(defaultChordScenario())).toBe(true);
  s().dismissError();
});
afterEach(() => chordWorker.swap(() => null));

describe('which Chord runs are heavy', () => {
  it('names the numbers of the heavy ones and leaves the small ones on the page', () => {
    expect(heavyLabel(ring(2000, 1000))).toBe(
      'Building a ring of 2,000 nodes, 1,000 stabilization rounds…',
    );
    expect(heavyLabel(ring(100_000))).toBe('Building a ring of 100,000 nodes…');
    expect(heavyLabel(defaultChordScenario())).toBeNull();
    expect(heavyLabel(ring(64, 3))).toBeNull();
    // an action on a big ring: only its own step counts
    const clicked = ring(100_000, 0, {
      steps: [
        { op: 'lookup', from: 1, key: 5 },
        { op: 'stabilize', rounds: 1 },
      ],
    });
    expect(heavyLabel(clicked, 1)).toBe('Stabilizing 100,000 nodes…');
    expect(heavyLabel(clicked, 2)).toBeNull();
    expect(estimateMs(ring(2000, 1000))).toBeGreaterThan(10_000);
    expect(estimateMs('not a scenario')).toBe(0);
  });
});

describe('heavy runs in the worker', () => {
  it('a heavy link keeps the state shown until its run arrives, equal to a build on the page', () => {
    const before = s().timeline;
    const heavyRaw = { ...ring(300, 40), view: { cursor: 1 } };
    expect(s().load(heavyRaw, 'link')).toBe(true);
    expect(s().job?.label).toMatch(/300 nodes, 40 stabilization rounds/);
    expect(s().timeline).toBe(before);
    last().deliver(3);
    expect(s().job).not.toBeNull();
    expect(s().timeline).toBe(before);
    last().deliver();
    expect(s().job).toBeNull();
    const inline = buildTimeline(parseChordScenario(heavyRaw));
    expect(s().timeline.steps.length).toBe(40);
    expect(s().timeline.cursor).toBe(1);
    for (const k of [0, 1, 20, 40]) expect(stateAt(s().timeline, k)).toEqual(stateAt(inline, k));
    expect(s().timeline.steps[39]!.text).toBe(inline.steps[39]!.text);
  });

  it('progress rises to 1 while the run builds and arrives', () => {
    const seen: number[] = [];
    const off = chordStore.subscribe((x) => x.job && seen.push(x.job.progress));
    s().load(ring(300, 40));
    last().deliver();
    off();
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBeGreaterThan(0.8);
  });

  it('Cancel keeps the state shown, stops the worker and ignores its late replies', () => {
    s().setView({ selected: asNodeId(21) });
    const { timeline, scenario, view } = s();
    const settled: [boolean, string | null][] = [];
    s().load(ring(300, 40), 'link', (ok, why) => settled.push([ok, why]));
    // the worker above ran to the end already (a fake); its replies are still queued
    expect(s().job).not.toBeNull();
    s().cancelJob();
    expect(s().job).toBeNull();
    expect(last().terminated).toBe(true);
    expect(s().notice).toBe('Cancelled: what is shown has not changed.');
    expect(settled).toEqual([[false, 'loading it was cancelled']]);
    last().deliver();
    expect(s().timeline).toBe(timeline);
    expect(s().scenario).toBe(scenario);
    expect(s().view).toBe(view);
  });

  it('an action on the ring shown while a run builds wins over it', () => {
    const settled: boolean[] = [];
    s().load(ring(300, 40), 'link', (ok) => settled.push(ok));
    expect(s().addNodeAt(asNodeId(30))).toBe(true);
    expect(s().job).toBeNull();
    expect(settled).toEqual([false]);
    last().deliver();
    const end = stateAt(s().timeline, s().timeline.steps.length);
    expect(end.ids).toContain(30);
    expect(end.ids).toContain(8);
  });

  it('a bad heavy link is refused with its sentence; the state shown stays', () => {
    const before = s().timeline;
    s().load({
      ...ring(300, 40),
      steps: [
        { op: 'stabilize', rounds: 40 },
        { op: 'leave', id: 7 },
      ],
    });
    last().deliver();
    expect(s().job).toBeNull();
    expect(s().error).toMatch(/N7/);
    expect(s().timeline).toBe(before);
  });

  it('a worker that dies ends the job with a message; the state shown stays', () => {
    const before = s().timeline;
    s().load(ring(300, 40));
    last().queue = [];
    last().onerror?.({ message: 'out of memory' } as ErrorEvent);
    expect(s().job).toBeNull();
    expect(s().error).toBe(
      'Building a ring of 300 nodes, 40 stabilization rounds stopped: out of memory',
    );
    expect(s().timeline).toBe(before);
  });

  it('Random ring of 100,000 nodes goes to the worker, and arrives checked', () => {
    s().newRing({ nodes: 100_000 });
    expect(s().job?.label).toBe('Building a ring of 100,000 nodes…');
    expect(currentState(s().timeline).ids.length).toBe(10);
    last().deliver();
    expect(s().job).toBeNull();
    const f = currentState(s().timeline);
    expect(f.ids.length).toBe(100_000);
    expect(s().notice).toMatch(/^New ring: 100000 nodes, m = 19/);
    // the worker checked the big ring, so the panel need not
    expect(checkOf(f, s().parsed.routing)?.ok).toBe(true);
  }, 120_000);

  it('Stabilize on a big ring runs in the worker and lands on its first step', () => {
    s().load(ring(20_000));
    last().deliver();
    const cursor = s().timeline.cursor;
    s().stabilize(1);
    expect(s().job?.label).toBe('Stabilizing 20,000 nodes…');
    last().deliver();
    expect(s().timeline.steps.length).toBe(1);
    expect(s().timeline.cursor).toBe(cursor + 1);
    expect((s().scenario.steps as unknown[]).length).toBe(1);
  }, 120_000);

  describe('Stabilize on a big ring extends the run the worker kept', () => {
    const answer = (w: FakeWorker) => w.posted.filter((m) => 'ok' in m).at(-1);
    const extended = (w: FakeWorker) => {
      const m = answer(w);
      return m && 'ok' in m && m.ok ? m.result.extended === true : null;
    };
    /** definitions sent since the last answer: what the page had to decode */
    const itemsSent = (w: FakeWorker) => {
      let n = 0;
      for (let i = w.posted.length - 1; i >= 0; i--) {
        const m = w.posted[i]!;
        if ('ok' in m) {
          if (n > 0) break;
          continue;
        }
        if ('chunk' in m) n += (m.chunk as { tags: Uint8Array }).tags.length;
      }
      return n;
    };
    const same = () => {
      const t = s().timeline;
      const inline = buildTimeline(parseChordScenario(s().scenario));
      expect(t.steps.length).toBe(inline.steps.length);
      expect(t.steps.map((st) => st.text)).toEqual(inline.steps.map((st) => st.text));
      for (const k of [0, t.cursor, t.steps.length])
        expect(stateAt(t, k)).toEqual(stateAt(inline, k));
    };

    it('sends only the new round, sharing the ring shown, equal to a full build', () => {
      s().load(ring(12_000)); // built on the page
      expect(s().job).toBeNull();
      s().stabilize(1);
      last().deliver();
      // a ring of 12,000 is built on the page: the worker's first run is a full one
      const full = itemsSent(last());
      expect(extended(last())).toBe(false);
      const first = s().timeline;
      // a small action on the page in between: the worker replays it from its kept run
      s().crash(currentState(first).ids[5]!);
      expect(s().job).toBeNull();
      s().stabilize(1);
      expect(s().job?.label).toBe('Stabilizing 12,000 nodes…');
      last().deliver();
      expect(s().job).toBeNull();
      expect(extended(last())).toBe(true);
      expect(s().timeline.steps.length).toBe(first.steps.length + 2);
      // the steps shown before are the very same objects; the new frame shares their parts
      expect(s().timeline.steps[0]).toBe(first.steps[0]);
      const a = stateAt(s().timeline, 1);
      const b = stateAt(s().timeline, 3);
      // (a round gives every node a new `next`, so the node objects are new, not their fingers)
      const shared = a.ids.filter((id) => a.nodes.get(id)!.fingers === b.nodes.get(id)?.fingers);
      expect(shared.length).toBeGreaterThan(a.ids.length / 2);
      // and only that round travelled: a fraction of the first answer (base ring + a round)
      expect(itemsSent(last())).toBeLessThan(full / 3);
      same();
    }, 120_000);

    it('after Cancel (the worker is stopped) the next Stabilize is a full build, still right', () => {
      s().load(ring(12_000)); // built on the page
      expect(s().job).toBeNull();
      s().stabilize(1);
      s().cancelJob();
      expect(last().terminated).toBe(true);
      s().stabilize(2);
      last().deliver();
      expect(extended(last())).toBe(false);
      same();
      s().back();
      s().stabilize(1); // forks in the middle of the 2 rounds: the kept run is cut there
      last().deliver();
      expect(extended(last())).toBe(true);
      same();
    }, 120_000);
  });
});
