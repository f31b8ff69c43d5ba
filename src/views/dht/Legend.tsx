export function Legend() {
  return (
    <div className="ring-legend" aria-label="Legend" data-slide>
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-finger" />
        </svg>
        finger
      </span>
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-stale" />
        </svg>
        stale pointer
      </span>
      <span>
        <svg width="26" height="10" aria-hidden="true">
          <line x1="0" y1="5" x2="26" y2="5" className="lg-hop" />
        </svg>
        lookup hop
      </span>
      <span>
        <span className="lg-x">✕</span> crashed / timeout
      </span>
      <span>
        <span className="lg-key">◆</span> key
      </span>
    </div>
  );
}
