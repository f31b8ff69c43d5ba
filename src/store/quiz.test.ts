import { beforeEach, describe, expect, it } from 'vitest';
import { chordStore } from './chord';
import { byzantineStore } from './byzantine';
import { paxosStore } from './paxos';
import { pendingQuestion, revealedQuestion, scoreOf } from './quiz';
import { asNodeId } from '../engine/chord/ring';

const dht = () => chordStore.getState();
const byz = () => byzantineStore.getState();

const PAPER = {
  kind: 'chord',
  version: 1,
  bits: 6,
  nodes: [1, 8, 14, 21, 32, 38, 42, 48, 51, 56],
  steps: [{ op: 'lookup', from: 8, key: 54, routing: 'finger' }],
};
const QUIZ = {
  ...PAPER,
  questions: [
    { at: 2, kind: 'next-hop' },
    { at: 3, kind: 'finger' },
  ],
};

beforeEach(() => {
  dht().reset();
  byz().reset();
  paxosStore.getState().reset();
});

describe('Predict in the player', () => {
  it('a scenario with questions replays as a quiz: the player stops before each and asks', () => {
    expect(dht().load(QUIZ)).toBe(true);
    expect(dht().view.predict).toBe(true);
    expect(dht().questions.map((q) => q.answer)).toEqual(['42', '3']);
    dht().forward();
    expect(dht().timeline.cursor).toBe(1);
    expect(pendingQuestion(dht())!.prompt).toBe(
      'Which node does N8 forward the query for key 54 to?',
    );
    // play stops at a question instead of running past it
    dht().restart();
    dht().play();
    dht().tick();
    expect(dht().timeline.cursor).toBe(1);
    dht().tick();
    expect(dht().timeline.cursor).toBe(1);
    expect(dht().playing).toBe(false);
  });

  it('answers move on to the step that reveals them and keep score', () => {
    dht().load(QUIZ);
    dht().forward();
    dht().answer('42');
    expect(dht().timeline.cursor).toBe(2);
    expect(revealedQuestion(dht())).toMatchObject({ given: '42', question: { answer: '42' } });
    // the next question is right after: its answer shows first, forward (PageDown) then asks
    expect(pendingQuestion(dht())).toBeNull();
    dht().play(); // Space, like forward: puts the answer away and asks; it does not play past
    expect(dht().playing).toBe(false);
    expect(dht().timeline.cursor).toBe(2);
    expect(revealedQuestion(dht())).toBeNull();
    expect(pendingQuestion(dht())!.kind).toBe('finger');
    dht().answer('0'); // finger[0] = N48: wrong, N42 uses finger[3] = N51
    expect(dht().timeline.cursor).toBe(3);
    expect(revealedQuestion(dht())!.given).toBe('0');
    // back and forward again: the same pictures, answers first
    dht().back();
    expect(revealedQuestion(dht())!.given).toBe('42');
    dht().forward();
    expect(dht().timeline.cursor).toBe(3);
    expect(revealedQuestion(dht())!.given).toBe('0');
    expect(scoreOf(dht().questions, dht().answers)).toEqual({ right: 1, answered: 2, total: 2 });
  });

  it('forward (PageDown) at a question reveals it unanswered; it does not count', () => {
    dht().load(QUIZ);
    dht().forward();
    dht().forward();
    expect(dht().timeline.cursor).toBe(2);
    expect(revealedQuestion(dht())!.given).toBeNull();
    expect(scoreOf(dht().questions, dht().answers)).toEqual({ right: 0, answered: 0, total: 2 });
  });

  it('stepping back and forth shows exactly what it showed: an answered question is not asked again', () => {
    dht().load(QUIZ);
    dht().forward();
    dht().answer('14');
    const seen = () => [dht().timeline.cursor, pendingQuestion(dht()), revealedQuestion(dht())];
    const at2 = seen();
    dht().back();
    expect(pendingQuestion(dht())).toBeNull();
    dht().forward();
    expect(seen()).toEqual(at2);
    expect(revealedQuestion(dht())!.given).toBe('14');
    dht().resetScore();
    expect(dht().timeline.cursor).toBe(0);
    expect(dht().answers).toEqual({});
  });

  it('Predict off: no stops; on with no questions: default points from the run', () => {
    dht().load(PAPER);
    expect(dht().questions).toEqual([]);
    dht().setPredict(true);
    expect(dht().scenario.questions).toEqual([
      { at: 1, kind: 'owner' },
      { at: 3, kind: 'finger' },
    ]);
    expect(dht().notice).toBe('Predict is on: the player stops before steps 1, 3 and asks.');
    expect(pendingQuestion(dht())!.prompt).toBe('Who owns key 54?');
    dht().setPredict(false);
    expect(pendingQuestion(dht())).toBeNull();
    dht().forward();
    expect(dht().timeline.cursor).toBe(1);
    // the link keeps the questions and the switch
    expect(dht().snapshot()).toMatchObject({
      questions: dht().scenario.questions,
      view: { predict: false },
    });
  });

  it('"Ask here" adds a question before the next step; the snapshot carries it', () => {
    dht().load(PAPER);
    dht().jump(2);
    dht().askHere('next-hop');
    expect(dht().error).toBeNull();
    expect(dht().scenario.questions).toEqual([{ at: 3, kind: 'next-hop' }]);
    expect(pendingQuestion(dht())!.answer).toBe('51');
    const link = dht().snapshot();
    dht().reset();
    expect(dht().load(link)).toBe(true);
    expect(pendingQuestion(dht())!.answer).toBe('51');
    dht().jump(3);
    dht().askHere('finger');
    expect(dht().error).toBe('Step 4 cannot ask "finger"; it can ask "next-hop".');
    dht().jump(4);
    dht().askHere('finger');
    expect(dht().error).toBe(
      'No question fits step 5 (found): step to a hop, a send or a decision and try again.',
    );
    dht().jump(5);
    dht().askHere();
    expect(dht().error).toBe(
      'This is the last step: step back to where the class should predict what comes next.',
    );
  });

  it('bad questions get a clear message and leave the lab as it was', () => {
    dht().load(QUIZ);
    const before = dht().scenario;
    expect(dht().load({ ...PAPER, questions: [{ at: 9, kind: 'owner' }] })).toBe(false);
    expect(dht().error).toBe(
      'Question 1 ("owner" at step 9): this run has 5 steps, so there is no step 9.',
    );
    expect(dht().load({ ...PAPER, questions: [{ at: 2, kind: 'who' }] })).toBe(false);
    expect(dht().error).toContain('the DHT ring lab has no such kind of question');
    expect(dht().load({ ...PAPER, questions: 'all' })).toBe(false);
    expect(dht().error).toContain('"questions" must be a list');
    expect(dht().scenario).toBe(before);
  });

  it('changing the run mid-way drops the questions it no longer has', () => {
    dht().load(QUIZ);
    dht().forward();
    dht().answer('42');
    dht().crash(asNodeId(51)); // forks at step 2: the lookup's rest is gone
    expect(dht().scenario.questions).toEqual([{ at: 2, kind: 'next-hop' }]);
    expect(dht().answers).toEqual({ 2: '42' });
  });
});

describe('Predict in the other labs', () => {
  it('Byzantine: what does the traitor relay; does IC2 hold', () => {
    byz().load({
      kind: 'byzantine',
      version: 1,
      generals: 4,
      m: 1,
      traitors: { '3': 'opposite' },
      questions: [
        { at: 8, kind: 'relay' },
        { at: 12, kind: 'ic2' },
      ],
    });
    expect(byz().error).toBeNull();
    byz().jump(7);
    byz().answer('attack');
    expect(revealedQuestion(byz())!.question.answer).toBe('retreat');
    byz().end(); // jumping (End, the scrubber) passes questions by
    expect(pendingQuestion(byz())).toBeNull();
    byz().jump(11);
    byz().answer('yes');
    expect(scoreOf(byz().questions, byz().answers)).toEqual({ right: 1, answered: 2, total: 2 });
  });

  it('Paxos: Predict suggests question points on the default run', () => {
    const p = paxosStore.getState();
    p.setPredict(true);
    const s = paxosStore.getState();
    expect(s.questions.length).toBeGreaterThan(1);
    expect(s.questions.map((q) => q.kind)).toContain('chosen');
  });
});
