import { useState } from 'react';

/**
 * A number input for a costly change (a new ring, a new skip distance): the text is kept as
 * typed and handed over as typed, once, when the user leaves the field or presses Enter, and
 * only if it differs from `value`; the store then checks it and says what is wrong. It is
 * narrow: these numbers have two digits.
 */
export function LazyNumberField({
  value,
  commit,
  min,
  max,
  ariaLabel,
}: {
  value: number;
  commit(text: string): void;
  min: number;
  max: number;
  ariaLabel?: string;
}) {
  const [text, setText] = useState<string | null>(null);
  return (
    <input
      type="number"
      aria-label={ariaLabel}
      className="tiny"
      min={min}
      max={max}
      value={text ?? String(value)}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text !== null && text !== String(value)) commit(text);
        setText(null);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
      }}
    />
  );
}
