/** One option of a LabeledSelect: its value and the text shown (the value itself by default). */
export interface SelectOption<T extends string | number> {
  value: T;
  text?: string;
}

/**
 * A drop-down with its label in front, as every toolbar has them. `onChange` gets the chosen
 * option's own value (a number stays a number, a union member stays typed), never the text.
 */
export function LabeledSelect<T extends string | number>({
  label,
  ariaLabel,
  value,
  options,
  onChange,
}: {
  label: string;
  ariaLabel?: string;
  value: T;
  options: readonly SelectOption<T>[];
  onChange(value: T): void;
}) {
  return (
    <label>
      {label}
      <select
        aria-label={ariaLabel}
        value={String(value)}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.text ?? String(o.value)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Options whose text is their value. */
export const optionsOf = <T extends string | number>(values: readonly T[]): SelectOption<T>[] =>
  values.map((value) => ({ value }));
