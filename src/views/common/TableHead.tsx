import type { ReactNode } from 'react';

/** A table's column headings: one header row, every cell a column header. */
export function TableHead({ cols }: { cols: readonly ReactNode[] }) {
  return (
    <thead>
      <tr>
        {cols.map((c, i) => (
          <th key={i} scope="col">
            {c}
          </th>
        ))}
      </tr>
    </thead>
  );
}
