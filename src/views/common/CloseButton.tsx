/** The "×" that closes a panel or dismisses a message; `label` is its accessible name. */
export function CloseButton({
  label,
  onClose,
  className,
}: {
  label: string;
  onClose(): void;
  className?: string;
}) {
  return (
    <button type="button" className={className} onClick={onClose} aria-label={label}>
      ×
    </button>
  );
}
