/** What the worker is computing, over the stage, while the picture shown stays; null: nothing. */
export function Computing({ label }: { label: string | null }) {
  if (!label) return null;
  return (
    <div className="computing" role="status">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}
