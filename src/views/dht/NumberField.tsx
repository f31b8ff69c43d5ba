import { useState } from 'react';

export function NumberField({
  label,
  value,
  onChange,
  min = 1,
  max = 1_000_000,
  narrow = false,
}: {
  narrow?: boolean;
  label: string;
  value: unknown;
  onChange(v: number): void;
  min?: number;
  max?: number;
}) {
  // The typed text is kept as typed; only a whole number inside [min, max] reaches the
  // experiment, so a stray "1e12" can never turn into an impossible run.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (typeof value === 'number' ? String(value) : '');
  const parsed = Number(shown);
  const invalid = shown.trim() === '' || !Number.isInteger(parsed) || parsed < min || parsed > max;
  return (
    <label>
      {label}
      <input
        type="number"
        className={narrow ? 'narrow' : undefined}
        value={shown}
        min={min}
        max={max}
        aria-invalid={invalid || undefined}
        title={invalid ? `A whole number from ${min} to ${max}` : undefined}
        onChange={(e) => {
          const text = e.target.value;
          const v = Number(text);
          if (text.trim() !== '' && Number.isInteger(v) && v >= min && v <= max) {
            setDraft(null);
            onChange(v);
          } else setDraft(text);
        }}
        onBlur={() => setDraft(null)}
      />
    </label>
  );
}
