import { describe, expect, it } from 'vitest';
import { buildChordTimeline, parseChordScenario, runChordScenario } from '../engine/chord';
import { CHORD_QUIZ } from '../engine/chord/quiz';
import {
  buildByzantineTimeline,
  parseByzantineScenario,
  runByzantineScenario,
} from '../engine/byzantine';
import { BYZANTINE_QUIZ } from '../engine/byzantine/quiz';
import { parsePaxosScenario, runPaxos, runPaxosScenario } from '../engine/paxos';
import { PAXOS_QUIZ } from '../engine/paxos/quiz';
import { questionsAt, type AnswerLine } from '../engine/quiz';
import { LESSONS } from './lessons';

/** The answer sheet of a lesson, as the CLI prints it (the same kinds the app asks). */
function sheet(id: string): readonly AnswerLine[] {
  const l = LESSONS.find((x) => x.id === id)!;
  const out =
    l.lab === 'dht'
      ? runChordScenario(parseChordScenario(l.scenario))
      : l.lab === 'byzantine'
        ? runByzantineScenario(parseByzantineScenario(l.scenario))
        : runPaxosScenario(parsePaxosScenario(l.scenario));
  return ('questions' in out ? out.questions : undefined) ?? [];
}

/** Can any question kind be asked anywhere in the lesson's run? */
function canAsk(id: string): boolean {
  const l = LESSONS.find((x) => x.id === id)!;
  const any = <C>(kinds: Parameters<typeof questionsAt<C>>[0], ctx: C, total: number) =>
    Array.from({ length: total }, (_, i) => i + 1).some(
      (at) => questionsAt(kinds, ctx, at).length > 0,
    );
  if (l.lab === 'dht') {
    const r = buildChordTimeline(parseChordScenario(l.scenario));
    return any(CHORD_QUIZ, r, r.steps.length);
  }
  if (l.lab === 'byzantine') {
    const t = buildByzantineTimeline(parseByzantineScenario(l.scenario));
    return any(BYZANTINE_QUIZ, { run: t.run, steps: t.steps }, t.steps.length);
  }
  const run = runPaxos(parsePaxosScenario(l.scenario));
  return any(PAXOS_QUIZ, run, run.steps.length);
}

const answers = (id: string) => sheet(id).map((q) => `${q.at} ${q.kind}: ${q.answer}`);

describe('each lesson carries hand-picked Predict questions', () => {
  it('every lesson that can ask has questions, and every one fits its step', () => {
    for (const l of LESSONS) {
      const asked = sheet(l.id); // throws, naming the question, when one does not fit
      expect(asked.length > 0, `${l.id} has questions`).toBe(canAsk(l.id));
    }
    // the notes' other designs (mod N, leader) and a graceful leave have no step a kind asks about
    expect(LESSONS.filter((l) => !canAsk(l.id)).map((l) => l.id)).toEqual([
      'dht-leave',
      'dht-modn',
      'dht-leader',
    ]);
  });

  it('the questions ask what the lesson is about, with the paper’s answers', () => {
    // Chord Fig. 3b: 3 hops, N8 → N42 by finger[5], N42 → N51 by finger[3] (start 50)
    expect(answers('dht-finger')).toEqual([
      '1 hops: 3',
      '2 next-hop: N42',
      '3 finger: finger[3] (start 50) = N51',
    ]);
    expect(answers('dht-successor')).toEqual(['1 hops: 8', '2 next-hop: N14']);
    expect(answers('dht-join')).toEqual(['1 moved-keys: "date", "cherry"']);
    // the crashed N42 is still N8's finger: the class should predict the doomed hop
    expect(answers('dht-crash')).toContain('3 next-hop: N42');
    expect(answers('dht-replicas')).toEqual(['51 owner: N51']);
    // LSP Fig. 3: the traitor L3 lies to L1; the loyal ones still attack
    expect(answers('byz-lieutenant')).toEqual([
      '4 messages: 6',
      '8 relay: Retreat',
      '10 decide: Attack',
      '12 ic2: Yes',
    ]);
    // LSP Fig. 1: with three generals IC2 fails
    expect(answers('byz-three')).toContain('6 ic2: No');
    expect(answers('byz-too-many')).toContain('12 ic1: No');
    // Paxos: an honest acceptor in both quorums makes P2 propose P1's value; a liar does not
    expect(answers('paxos-overlap')).toContain('17 proposal: attack');
    expect(answers('paxos-liar')).toContain('17 proposal: retreat');
  });
});
