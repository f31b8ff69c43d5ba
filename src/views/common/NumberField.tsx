import { useState } from 'react';

const isWhole = (text: string, min: number, max: number): boolean => {
  const v = Number(text);
  return text.trim() !== '' && Number.isInteger(v) && v >= min && v <= max;
};

/**
 * The one number input of the labs. The typed text is kept as typed; a whole number inside
 * [min, max] is passed on at once (a changed one only), so a stray "1e12" never turns into an
 * impossible run. A bad draft is marked invalid; on Enter or blur it is handed to `onInvalid`
 * (the store then says what is wrong), or, without one, quietly dropped for the last good value.
 */
export function NumberField({
  label,
  ariaLabel,
  value,
  onChange,
  onInvalid,
  min = 1,
  max = 1_000_000,
  narrow = false,
}: {
  label: string;
  ariaLabel?: string;
  value: unknown;
  onChange(v: number): void;
  /** a bad value the user insisted on (NaN when empty) */
  onInvalid?(v: number): void;
  min?: number;
  max?: number;
  narrow?: boolean;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (typeof value === 'number' ? String(value) : '');
  const invalid = !isWhole(shown, min, max);
  const settle = () => {
    if (draft === null) return;
    setDraft(null);
    if (!isWhole(draft, min, max)) onInvalid?.(draft.trim() === '' ? NaN : Number(draft));
  };
  return (
    <label>
      {label}
      <input
        type="number"
        className={narrow ? 'narrow' : undefined}
        aria-label={ariaLabel}
        value={shown}
        min={min}
        max={max}
        step={1}
        aria-invalid={invalid || undefined}
        title={invalid ? `A whole number from ${min} to ${max}` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          if (isWhole(text, min, max)) {
            setDraft(null);
            if (Number(text) !== value) onChange(Number(text));
          } else setDraft(text);
        }}
        onBlur={settle}
        onKeyDown={(e) => {
          if (e.key === 'Enter') settle();
        }}
      />
    </label>
  );
}
