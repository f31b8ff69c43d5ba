import type { AnyLabStore } from '../../store/contract';
import { pendingQuestion } from '../../store/quiz';

/**
 * A click on the stage (a node, a general) while the player asks a question answered on the
 * stage is the answer; returns false when no such question is open (the click selects as usual).
 */
export function answerOnStage(store: AnyLabStore, id: string): boolean {
  const s = store.getState();
  const q = pendingQuestion(s);
  if (!q || q.input !== 'stage') return false;
  s.answer(id);
  return true;
}

/** The player is asking a question answered by a click on the stage. */
export function askingOnStage(store: AnyLabStore): boolean {
  return pendingQuestion(store.getState())?.input === 'stage';
}
