/** The ring's zoom buttons: Follow the query (while a lookup is on stage), +, − and Fit. */
export function ZoomTools({
  lookup,
  follow,
  setFollow,
  zoomBy,
  fit,
}: {
  lookup: boolean;
  follow: boolean;
  setFollow: (on: boolean) => void;
  zoomBy: (factor: number) => void;
  fit: () => void;
}) {
  return (
    <div className="zoom-tools" role="group" aria-label="Zoom">
      {lookup ? (
        <button
          type="button"
          aria-pressed={follow}
          aria-label="Follow the query"
          onClick={() => setFollow(!follow)}
          title="Zoom to each hop of the lookup as it runs"
        >
          Follow
        </button>
      ) : null}
      <button type="button" onClick={() => zoomBy(4)} aria-label="Zoom in">
        +
      </button>
      <button type="button" onClick={() => zoomBy(0.25)} aria-label="Zoom out">
        −
      </button>
      <button
        type="button"
        onClick={() => {
          setFollow(false);
          fit();
        }}
        title="Reset pan and zoom"
      >
        Fit
      </button>
    </div>
  );
}
