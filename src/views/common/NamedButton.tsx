import type { ReactNode } from 'react';

/**
 * A button whose visible text is short (a word, a symbol) while `name` says it in full to a
 * screen reader and `title` explains it (often with its key) on hover.
 */
export function NamedButton({
  name,
  title,
  onClick,
  pressed,
  children,
}: {
  name: string;
  title: string;
  onClick(): void;
  /** a toggle's state (aria-pressed) */
  pressed?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick} aria-label={name} title={title}>
      {children}
    </button>
  );
}
