import { useState } from 'react';

/** A number field that commits valid values at once and reports bad ones on Enter / blur. */
export function NumberField({
  label,
  ariaLabel,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  ariaLabel: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(value);
  const commit = (text: string, force: boolean) => {
    const v = Number(text);
    const ok = text.trim() !== '' && Number.isInteger(v) && v >= min && v <= max;
    if (ok) {
      setDraft(null);
      if (v !== value) onCommit(v);
    } else if (force) {
      setDraft(null);
      onCommit(text.trim() === '' ? NaN : v);
    } else {
      setDraft(text);
    }
  };
  return (
    <label>
      {label}
      <input
        type="number"
        aria-label={ariaLabel}
        min={min}
        max={max}
        step={1}
        value={shown}
        onChange={(e) => commit(e.target.value, false)}
        onBlur={() => draft !== null && commit(draft, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft !== null) commit(draft, true);
        }}
      />
    </label>
  );
}
