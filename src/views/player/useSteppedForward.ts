import { useEffect, useRef } from 'react';

/**
 * Did the player just step forward by one within the same run (same steps)? Then the stage
 * animates the step; any other move (back, a jump, a new run, a re-render) shows it at once.
 */
export function useSteppedForward(steps: unknown, cursor: number): boolean {
  const prev = useRef<{ steps: unknown; cursor: number }>({ steps: null, cursor: 0 });
  const stepped = prev.current.steps === steps && cursor === prev.current.cursor + 1;
  useEffect(() => {
    prev.current = { steps, cursor };
  });
  return stepped;
}
