import { DecisionsTable } from './DecisionsTable';
import { usePicture } from './selectors';

/** What presentation mode keeps beside the stage: who decided what. */
export function Essential() {
  const pic = usePicture();
  return (
    <div className="side-panels" tabIndex={0}>
      <DecisionsTable pic={pic} />
    </div>
  );
}
