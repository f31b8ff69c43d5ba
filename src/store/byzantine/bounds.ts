/**
 * The bound explorer's state: a grid of n = 3…10 generals × t = 0…3 traitors, each cell the
 * counterexample search for OM(m = t) and SM(m = t), run one cell at a time in the Byzantine
 * worker (store/jobs.ts; inline without a Worker). Its own runner, so changing the run on the
 * stage does not stop the grid, and vice versa.
 */
import { createStore } from 'zustand/vanilla';
import {
  PAPER_ASSUMPTIONS,
  type Algorithm,
  type Assumptions,
  computeCell,
  type BoundsCell,
  type CellRequest,
} from '../../engine/byzantine';
import { createJobRunner } from '../jobs';
import { byzantineWorker } from './worker';

export const EXPLORER_GENERALS = [3, 4, 5, 6, 7, 8, 9, 10] as const;
export const EXPLORER_TRAITORS = [0, 1, 2, 3] as const;
/** runs per cell: every cell with n ≤ 7, t ≤ 2 finishes; bigger ones report how far they got */
export const EXPLORER_BUDGET = 6_000;

export const cellKey = (a: Algorithm, n: number, t: number): string => `${a}:${n}:${t}`;

export interface BoundsState {
  open: boolean;
  /** the assumptions the grid is searched under (the stage's, when it was opened) */
  assumptions: Assumptions;
  cells: Record<string, BoundsCell>;
  /** the cell being searched, or null when the grid is done or stopped */
  running: string | null;
  /** searches still to run, in order */
  queue: readonly string[];
  /** the explorer asks for the grid under these assumptions and shows it */
  show(assumptions?: Assumptions): void;
  hide(): void;
  stop(): void;
}

export function createBoundsStore(budget = EXPLORER_BUDGET) {
  const jobs = createJobRunner<CellRequest, BoundsCell>({
    worker: byzantineWorker,
    compute: computeCell,
  });
  return createStore<BoundsState>()((set, get) => {
    const next = (): void => {
      const [key, ...rest] = get().queue;
      if (key === undefined) {
        set({ running: null });
        return;
      }
      const [algorithm, n, t] = key.split(':');
      set({ running: key, queue: rest });
      // let the page paint the "searching" cell before an inline search blocks it
      setTimeout(() => {
        if (get().running !== key) return;
        jobs.start(
          {
            type: 'cell',
            algorithm: algorithm as Algorithm,
            generals: Number(n),
            traitors: Number(t),
            assumptions: get().assumptions,
            budget,
          },
          {
            done: (cell) => {
              if (get().running !== key) return;
              set({ cells: { ...get().cells, [key]: cell } });
              next();
            },
            fail: () => {
              set({ running: null, queue: [] });
            },
          },
        );
      }, 0);
    };
    return {
      open: false,
      assumptions: PAPER_ASSUMPTIONS,
      cells: {},
      running: null,
      queue: [],
      show: (assumptions = PAPER_ASSUMPTIONS) => {
        const same =
          get().assumptions.spoofing === assumptions.spoofing &&
          get().assumptions.synchronous === assumptions.synchronous;
        const cells = same ? get().cells : {};
        if (!same) {
          jobs.cancel();
          set({ running: null });
        }
        const queue: string[] = [];
        // small cells first, so the theorem's corner fills in at once
        for (const t of EXPLORER_TRAITORS)
          for (const n of EXPLORER_GENERALS)
            for (const a of ['OM', 'SM'] as const) {
              const key = cellKey(a, n, t);
              if (!cells[key]) queue.push(key);
            }
        set({ open: true, assumptions, cells, queue });
        if (get().running === null) next();
      },
      hide: () => {
        jobs.cancel();
        set({ open: false, running: null, queue: [] });
      },
      stop: () => {
        jobs.cancel();
        set({ running: null, queue: [] });
      },
    };
  });
}

export const boundsStore = createBoundsStore();
