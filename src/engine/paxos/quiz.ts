/**
 * The Paxos lab's questions, read off the run: which value a proposer must propose once it has
 * a quorum of promises, and whether a value is chosen once the next message lands.
 */
import { quizKind, type Asked, type Choice, type QuestionSpec, type QuizKind } from '../quiz';
import type { PaxosRun } from './run';
import { highestReport } from './proposer';
import { messageLabel, type PaxosState, type ProposerState } from './types';

const stateBefore = (run: PaxosRun, at: number): PaxosState =>
  at <= 1 ? run.base : run.steps[at - 2]!.state;

/** Every proposer's own value, once each: the values a question can offer. */
function values(run: PaxosRun): string[] {
  return [...new Set(run.scenario.proposers.map((p) => p.value))];
}

/** The proposer that sends accept requests at step `at` (a new ballot's), with the step's text. */
function proposing(run: PaxosRun, at: number): { p: ProposerState; text: string } | null {
  const step = run.steps[at - 1];
  if (!step) return null;
  const before = stateBefore(run, at);
  const p = step.state.proposers.find((q, i) => {
    const was = before.proposers[i];
    return (
      q.phase === 'accept' &&
      q.proposal !== null &&
      (was?.phase !== 'accept' || was.ballot !== q.ballot)
    );
  });
  return p?.proposal ? { p, text: step.text } : null;
}

function proposal(run: PaxosRun, at: number): Asked | null {
  const found = proposing(run, at);
  if (!found) return null;
  const { p, text } = found;
  const value = p.proposal!;
  const choices: Choice[] = values(run).map((v) => ({ id: v, label: v }));
  if (!choices.some((c) => c.id === value)) choices.push({ id: value, label: value });
  return {
    prompt: `Which value will ${p.id} propose for ballot ${p.ballot}?`,
    input: 'list',
    choices,
    answer: value,
    why: text,
  };
}
/**
 * Whose promise decides what a proposer proposes (Paxos' rule: the highest-numbered accepted
 * proposal reported by the quorum), clicked on the stage. Asked only when exactly one acceptor
 * reports that ballot, so the click has one right answer.
 */
function report(run: PaxosRun, at: number): Asked | null {
  const found = proposing(run, at);
  if (!found) return null;
  const { p, text } = found;
  const top = highestReport(p.promises);
  if (!top || p.promises.filter((r) => r.prior === top.prior).length !== 1) return null;
  return {
    prompt: `${p.id} has promises from ${p.promises.map((r) => r.from).join(', ')}: whose report decides the value it must propose?`,
    input: 'stage',
    choices: run.base.acceptors.map((a) => ({ id: a.id, label: a.id })),
    answer: top.from,
    why: text,
  };
}

function chosen(run: PaxosRun, at: number): Asked | null {
  const step = run.steps[at - 1];
  if (!step) return null;
  const msg = step.message === null ? null : (step.state.messages[step.message - 1] ?? null);
  const next =
    msg === null
      ? 'After the next step'
      : step.type === 'deliver'
        ? `Once ${msg.to} receives ${messageLabel(msg)} from ${msg.from}`
        : `Once ${messageLabel(msg)} ${msg.from}→${msg.to} is ${step.type === 'delay' ? 'delayed' : 'lost'}`;
  const c = step.verdicts.chosen;
  const q = run.scenario.quorum;
  const first = c[0];
  return {
    prompt: `${next}, is a value chosen?`,
    input: 'list',
    choices: [
      { id: 'no', label: 'No, not yet' },
      ...values(run).map((v) => ({ id: `yes:${v}`, label: `Yes: ${v}` })),
    ],
    answer: first ? `yes:${first.value}` : 'no',
    why: first
      ? c
          .map((x) => `a quorum (${x.quorum.join(', ')}) accepted (${x.ballot}, ${x.value})`)
          .join('; ')
          .replace(/^a/, 'A') +
        `: a value is chosen the moment ${q} acceptors accept the same proposal, whether or not anyone has learned it yet.`
      : `No proposal has been accepted by a quorum of ${q} acceptors yet, so nothing is chosen: one acceptance, or a learner hearing of it, is not enough.`,
  };
}

/** The kinds of question the Paxos lab asks: name, menu label, where, and how. */
export const PAXOS_QUIZ: readonly QuizKind<PaxosRun>[] = [
  quizKind(
    'proposal',
    'Which value will it propose?',
    'a step where a proposer sends accept requests',
    proposal,
  ),
  quizKind(
    'report',
    'Whose report decides the value?',
    'a step where a proposer that heard of an accepted value sends accept requests',
    report,
  ),
  quizKind('chosen', 'Is a value chosen now?', 'any step', chosen),
];

/**
 * Default question points: every proposal (up to three), and "is a value chosen?" at the step
 * where one first is, and at the acceptance just before it (when nothing is chosen yet).
 */
export function suggestPaxosQuestions(run: PaxosRun): QuestionSpec[] {
  const out: QuestionSpec[] = [];
  for (let at = 1; at <= run.steps.length && out.length < 3; at++)
    if (proposal(run, at)) out.push({ at, kind: 'proposal' });
  const votes = (s: PaxosState) => s.acceptors.reduce((n, a) => n + a.votes.length, 0);
  const firstChosen = run.steps.findIndex((s) => s.verdicts.chosen.length > 0) + 1;
  if (firstChosen > 0) {
    let before = 0;
    for (let at = firstChosen - 1; at >= 1 && before === 0; at--)
      if (votes(run.steps[at - 1]!.state) > votes(stateBefore(run, at))) before = at;
    for (const at of before > 0 ? [before, firstChosen] : [firstChosen])
      if (!out.some((q) => q.at === at)) out.push({ at, kind: 'chosen' });
  }
  return out.sort((a, b) => a.at - b.at);
}
