export function StatsPanel({ onClose }: { onClose(): void }) {
  return (
    <section className="stats" aria-label="Statistics">
      <button type="button" onClick={onClose}>
        Close statistics
      </button>
    </section>
  );
}
