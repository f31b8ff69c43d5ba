/**
 * An arrowhead marker for the ring's pointers (put it in <defs>). Sized in user-space units so
 * it keeps its size when the stroke widens; its id is also its class, which colours it
 * (`.arrow-x path` in dht.css).
 */
export function RingArrow({ id, size = 13 }: { id: string; size?: number }) {
  return (
    <marker
      id={id}
      className={id}
      viewBox="0 0 10 10"
      refX="9"
      refY="5"
      markerUnits="userSpaceOnUse"
      markerWidth={size}
      markerHeight={size}
      orient="auto-start-reverse"
    >
      <path d="M0,0L10,5L0,10z" />
    </marker>
  );
}
