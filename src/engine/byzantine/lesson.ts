import { BYZANTINE_BASE } from './defaults';
import { runByzantine } from './run';
import type { ByzantineRun, ByzantineScenario, Order } from './types';

/** What one general heard: each message that reached it, by path, in run order. */
export interface Heard {
  readonly path: readonly number[];
  readonly value: Order | null;
}

export function heardBy(run: ByzantineRun, general: number): Heard[] {
  return run.messages
    .filter((msg) => msg.to === general)
    .map((msg) => ({ path: msg.path, value: msg.value }));
}

/** True when `general` hears exactly the same messages (paths and values) in both runs. */
export function sameView(a: ByzantineRun, b: ByzantineRun, general: number): boolean {
  const key = (run: ByzantineRun): string => JSON.stringify(heardBy(run, general));
  return key(a) === key(b);
}

/**
 * The paper's Fig. 1: the commander is loyal and orders attack; lieutenant 2 is a traitor and
 * tells lieutenant 1 that the commander said retreat.
 */
export const FIG1: ByzantineScenario = {
  ...BYZANTINE_BASE,
  generals: 3,
  traitors: { '2': 'opposite' },
};

/**
 * The paper's Fig. 2: the commander is a traitor and orders attack to lieutenant 1 and retreat
 * to lieutenant 2 (the `split` strategy); loyal lieutenant 2 truthfully reports retreat.
 */
export const FIG2: ByzantineScenario = {
  ...BYZANTINE_BASE,
  generals: 3,
  traitors: { '0': 'split' },
};

/** One of §2's figures: its run and what lieutenant 1 hears in it. */
export interface LessonFigure {
  readonly run: ByzantineRun;
  readonly heard: readonly Heard[];
}

export interface ThreeGeneralsLesson {
  readonly fig1: LessonFigure;
  readonly fig2: LessonFigure;
  /** lieutenant 1 hears exactly the same in both */
  readonly indistinguishable: boolean;
  readonly text: string;
}

/**
 * §2's argument that three generals cannot cope with one traitor: in both figures lieutenant 1
 * hears "attack" from the commander and "he said retreat" from lieutenant 2, so it cannot tell
 * them apart. To satisfy IC2 in Fig. 2's twin (Fig. 1 with roles swapped) it would have to
 * attack, but then in Fig. 2 the same reasoning makes lieutenant 2 retreat: IC1 fails. OM(1)
 * breaks the tie toward RETREAT, so it violates IC2 in Fig. 1 and keeps IC1 in Fig. 2.
 */
export function threeGeneralsLesson(): ThreeGeneralsLesson {
  const figure = (run: ByzantineRun): LessonFigure => ({ run, heard: heardBy(run, 1) });
  const fig1 = figure(runByzantine(FIG1));
  const fig2 = figure(runByzantine(FIG2));
  const indistinguishable = sameView(fig1.run, fig2.run, 1);
  const list = (h: readonly Heard[]): string =>
    h.map((x) => `${x.path.join('→')}: ${x.value ?? 'nothing'}`).join(', ');
  const text =
    `In Fig. 1 lieutenant 1 hears ${list(fig1.heard)}; in Fig. 2 it hears ${list(fig2.heard)}. ` +
    (indistinguishable
      ? 'The messages are identical, so lieutenant 1 must decide the same in both, ' +
        'although the traitor is lieutenant 2 in one and the commander in the other.'
      : 'The messages differ.');
  return { fig1, fig2, indistinguishable, text };
}
