/**
 * The Paxos lab's questions, read off the run: which value a proposer must propose once it has
 * a quorum of promises, and whether a value is chosen once the next message lands.
 */
import type { Choice, QuestionSpec, QuizKind } from '../quiz';
import type { PaxosRun } from './run';
import { messageLabel, type PaxosState } from './types';

const stateBefore = (run: PaxosRun, at: number): PaxosState =>
  at <= 1 ? run.base : run.steps[at - 2]!.state;

/** Every proposer's own value, once each: the values a question can offer. */
function values(run: PaxosRun): string[] {
  return [...new Set(run.scenario.proposers.map((p) => p.value))];
}

const proposal: QuizKind<PaxosRun> = {
  kind: 'proposal',
  label: 'Which value will it propose?',
  where: 'a step where a proposer sends accept requests',
  make(run, at) {
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
    if (!p?.proposal) return null;
    const choices: Choice[] = values(run).map((v) => ({ id: v, label: v }));
    if (!choices.some((c) => c.id === p.proposal))
      choices.push({ id: p.proposal, label: p.proposal });
    return {
      at,
      kind: 'proposal',
      prompt: `Which value will ${p.id} propose for ballot ${p.ballot}?`,
      input: 'list',
      choices,
      answer: p.proposal,
      why: step.text,
    };
  },
};

const chosen: QuizKind<PaxosRun> = {
  kind: 'chosen',
  label: 'Is a value chosen now?',
  where: 'any step',
  make(run, at) {
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
      at,
      kind: 'chosen',
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
  },
};

export const PAXOS_QUIZ: readonly QuizKind<PaxosRun>[] = [proposal, chosen];

/**
 * Default question points: every proposal (up to three), and "is a value chosen?" at the step
 * where one first is, and at the acceptance just before it (when nothing is chosen yet).
 */
export function suggestPaxosQuestions(run: PaxosRun): QuestionSpec[] {
  const out: QuestionSpec[] = [];
  for (let at = 1; at <= run.steps.length && out.length < 3; at++)
    if (proposal.make(run, at)) out.push({ at, kind: 'proposal' });
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
