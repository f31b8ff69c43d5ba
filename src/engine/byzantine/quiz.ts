/**
 * The Byzantine lab's questions, read off the run: what a general relays (a traitor's strategy
 * decides), what a lieutenant decides, whether IC1 / IC2 hold, how many messages a round sends.
 */
import type { Step } from '../timeline';
import { answerSheet, quizKind, YES_NO } from '../quiz';
import type { Asked, Choice, QuestionSpec, QuizKind } from '../quiz';
import { timelineOf, type ByzFrame } from './frames';
import { STRATEGY_TEXT } from './strategies';
import { ATTACK, generalName, RETREAT, type ByzantineRun, type ByzantineScenario } from './types';

export interface ByzQuizRun {
  readonly run: ByzantineRun;
  readonly steps: readonly Step<ByzFrame>[];
}

const ORDERS: readonly Choice[] = [
  { id: ATTACK, label: 'Attack' },
  { id: RETREAT, label: 'Retreat' },
];

function relay({ run, steps }: ByzQuizRun, at: number): Asked | null {
  const f = steps[at - 1]?.state;
  if (!f || f.phase !== 'send' || f.inFlight.end - f.inFlight.start !== 1) return null;
  const msg = run.messages[f.inFlight.start];
  if (!msg) return null;
  const strategy = run.strategy[msg.from] ?? null;
  const rule =
    strategy === null
      ? `${cap(generalName(msg.from))} is loyal: it ${msg.from === 0 ? 'sends its order' : 'relays exactly what it received'}.`
      : `${cap(generalName(msg.from))} is a traitor whose strategy "${strategy}" ${STRATEGY_TEXT[strategy as keyof typeof STRATEGY_TEXT] ?? 'decides what it sends'}.`;
  return {
    prompt:
      msg.from === 0
        ? `Which order does the commander send to lieutenant ${msg.to}?`
        : `Which value does lieutenant ${msg.from} relay to lieutenant ${msg.to}?`,
    input: 'list',
    choices: [...ORDERS, { id: 'nothing', label: 'Nothing (it stays silent)' }],
    answer: msg.sent && msg.value !== null ? msg.value : 'nothing',
    why: `${rule} ${steps[at - 1]!.text}`,
  };
}

function decide({ steps }: ByzQuizRun, at: number): Asked | null {
  const f = steps[at - 1]?.state;
  if (!f || f.phase !== 'decide' || f.focus === null) return null;
  const d = f.decisions[f.focus];
  if (!d) return null;
  return {
    prompt: `What does lieutenant ${f.focus} decide?`,
    input: 'list',
    choices: ORDERS,
    answer: d,
    why: steps[at - 1]!.text,
  };
}

/** Does IC1 / IC2 hold, asked at the verdict. */
function condition(which: 'ic1' | 'ic2') {
  return ({ steps }: ByzQuizRun, at: number): Asked | null => {
    const v = steps[at - 1]?.state.verdict;
    if (steps[at - 1]?.type !== 'verdict' || !v) return null;
    return {
      prompt:
        which === 'ic1'
          ? 'Does IC1 hold: do all loyal lieutenants obey the same order?'
          : 'Does IC2 hold: if the commander is loyal, does every loyal lieutenant obey its order?',
      input: 'list',
      choices: YES_NO,
      answer: v[which] ? 'yes' : 'no',
      why: v.text,
    };
  };
}

function messages({ run, steps }: ByzQuizRun, at: number): Asked | null {
  const f = steps[at - 1]?.state;
  const prev = at >= 2 ? steps[at - 2]!.state : null;
  if (!f || f.phase !== 'send' || (prev?.phase === 'send' && prev.round === f.round)) return null;
  const k = f.round;
  const sent = run.counts.perLevel[k] ?? 0;
  const withheld = run.counts.suppressedPerLevel[k] ?? 0;
  const n = run.n;
  const rule =
    k === 0
      ? `The commander sends one message to each of the ${n - 1} lieutenants.`
      : run.algorithm === 'OM'
        ? `In OM(${run.m}), round ${k} relays every message of round ${k - 1} to each lieutenant not yet on its path.`
        : `In SM(${run.m}), a lieutenant signs and relays a value to the others only the first time it adds it to its set V.`;
  return {
    prompt: `How many messages will round ${k} send?`,
    input: 'list',
    choices: countChoices(sent, [
      sent + withheld,
      run.counts.perLevel[k - 1] ?? -1,
      run.counts.perLevel[k + 1] ?? -1,
      (n - 1) ** (k + 1),
      sent + n - 1,
      sent - (n - 1),
      sent * 2,
      sent + 1,
      sent - 1,
    ]),
    answer: String(sent),
    why:
      `${rule} Round ${k} sends ${sent} message${sent === 1 ? '' : 's'}` +
      (withheld > 0 ? ` (${withheld} more withheld by silent traitors).` : '.'),
  };
}

/**
 * The loyal lieutenant who breaks the guarantee, clicked on the stage: under IC2 the one that
 * does not obey a loyal commander, under IC1 the one that decides unlike all the other loyal
 * ones. Asked only when exactly one lieutenant does, so the click has one right answer.
 */
function disobeys({ run, steps }: ByzQuizRun, at: number): Asked | null {
  const v = steps[at - 1]?.state.verdict;
  if (steps[at - 1]?.type !== 'verdict' || !v) return null;
  const loyal = run.decisions.flatMap((d, i) => (i > 0 && d !== null ? [{ i, d }] : []));
  const order = run.scenario.order;
  const attack = loyal.filter((x) => x.d === ATTACK);
  const retreat = loyal.filter((x) => x.d === RETREAT);
  const ic2 = !run.traitor[0] && !v.ic2 ? loyal.filter((x) => x.d !== order) : [];
  const ic1 =
    v.ic1 || attack.length < 1 || retreat.length < 1
      ? []
      : attack.length === 1 && retreat.length > 1
        ? attack
        : retreat.length === 1 && attack.length > 1
          ? retreat
          : [];
  const [odd, prompt, rule] =
    ic2.length === 1
      ? [
          ic2,
          `Which loyal lieutenant does not obey the commander's order (${order})?`,
          `The commander is loyal and orders ${order}, so IC2 asks every loyal lieutenant to ${order}`,
        ]
      : [
          ic1,
          'Which loyal lieutenant decides unlike the other loyal lieutenants?',
          'IC1 asks every loyal lieutenant to obey the same order',
        ];
  if (odd.length !== 1) return null;
  const { i, d } = odd[0]!;
  return {
    prompt,
    input: 'stage',
    choices: Array.from({ length: run.n }, (_, g) => ({
      id: String(g),
      label: generalName(g),
    })),
    answer: String(i),
    why: `${rule}; lieutenant ${i} decides ${d}. ${v.text}`,
  };
}

/** The answer and up to four plausible wrong counts, ascending. */
function countChoices(answer: number, others: readonly number[]): Choice[] {
  const picked = [answer];
  for (const o of others) if (o >= 0 && !picked.includes(o) && picked.length < 5) picked.push(o);
  return picked
    .sort((a, b) => a - b)
    .map((n) => ({ id: String(n), label: n.toLocaleString('en-US') }));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The kinds of question the Byzantine lab asks: name, menu label, where, and how. */
export const BYZANTINE_QUIZ: readonly QuizKind<ByzQuizRun>[] = [
  quizKind('relay', 'What does this general send?', 'a step that sends one message', relay),
  quizKind('decide', 'What does this lieutenant decide?', "a lieutenant's decision", decide),
  quizKind('ic1', 'Does IC1 hold?', 'the verdict', condition('ic1')),
  quizKind('ic2', 'Does IC2 hold?', 'the verdict', condition('ic2')),
  quizKind(
    'disobeys',
    'Which loyal lieutenant breaks it?',
    'the verdict of a run where one loyal lieutenant breaks IC1 or IC2',
    disobeys,
  ),
  quizKind('messages', 'How many messages this round?', 'the first step of a round', messages),
];

/**
 * Default question points: how many messages round 1 sends, what the first traitor (or, with
 * none, the first relay) sends, the first decision, and IC2 (IC1 when the commander lies).
 */
export function suggestByzantineQuestions(r: ByzQuizRun): QuestionSpec[] {
  const total = r.steps.length;
  const firstAt = (ok: (at: number) => boolean) => {
    for (let at = 1; at <= total; at++) if (ok(at)) return at;
    return null;
  };
  const fits = (kind: string, at: number) =>
    BYZANTINE_QUIZ.find((k) => k.kind === kind)!.make(r, at) !== null;
  const roundStart = (k: number) =>
    firstAt((at) => fits('messages', at) && r.steps[at - 1]!.state.round === k);
  const lies = (at: number) => {
    const f = r.steps[at - 1]!.state;
    return fits('relay', at) && r.run.messages[f.inFlight.start]!.traitor;
  };
  const picks: [string, number | null][] = [
    ['messages', roundStart(1) ?? roundStart(0)],
    ['relay', firstAt(lies) ?? firstAt((at) => fits('relay', at) && !fits('messages', at))],
    ['decide', firstAt((at) => fits('decide', at))],
    [r.run.traitor[0] ? 'ic1' : 'ic2', firstAt((at) => fits('ic1', at))],
  ];
  const out: QuestionSpec[] = [];
  for (const [kind, at] of picks)
    if (at !== null && !out.some((q) => q.at === at)) out.push({ at, kind });
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The CLI's answer sheet for a scenario's questions, stepped as the app steps it (the view's
 * "stepBy", per message unless the run is big), so "at" means the same step in both.
 */
export function byzantineSheet(s: ByzantineScenario, run: ByzantineRun) {
  if (!s.questions?.length) return {};
  const by = s.view?.stepBy;
  const t = timelineOf(run, { granularity: by === 'message' || by === 'round' ? by : 'auto' });
  return answerSheet(
    s.questions,
    BYZANTINE_QUIZ,
    () => ({ run, steps: t.steps }),
    t.steps.length,
    'Byzantine generals',
  );
}
