/** An SVG arrowhead marker (put it in <defs>): a filled triangle drawn with `className`. */
export function ArrowHead({
  id,
  className,
  refX = 8,
  size = 5,
  orient = 'auto',
  units,
}: {
  id: string;
  className: string;
  refX?: number;
  size?: number;
  orient?: 'auto' | 'auto-start-reverse';
  /** 'userSpaceOnUse': `size` in the picture's units, not in stroke widths */
  units?: 'userSpaceOnUse';
}) {
  return (
    <marker
      id={id}
      viewBox="0 0 10 10"
      refX={refX}
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient={orient}
      markerUnits={units}
    >
      <path d="M0 0 10 5 0 10z" className={className} />
    </marker>
  );
}
