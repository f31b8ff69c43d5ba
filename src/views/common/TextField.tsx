/** A one-line text input whose accessible name and placeholder are `name`; Enter runs `onEnter`. */
export function TextField(p: {
  name: string;
  value: string;
  set(v: string): void;
  className?: string;
  onEnter?(): void;
}) {
  return (
    <input
      type="text"
      aria-label={p.name}
      placeholder={p.name}
      className={p.className}
      value={p.value}
      onChange={(e) => p.set(e.target.value)}
      onKeyDown={p.onEnter && ((e) => e.key === 'Enter' && p.onEnter?.())}
    />
  );
}
