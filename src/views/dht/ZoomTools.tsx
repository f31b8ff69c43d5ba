import { NamedButton } from '../common/NamedButton';

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
        <NamedButton
          name="Follow the query"
          title="Zoom to each hop of the lookup as it runs"
          pressed={follow}
          onClick={() => setFollow(!follow)}
        >
          Follow
        </NamedButton>
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
