import { DecisionsTable } from './DecisionsTable';
import { Guarantee } from './Guarantee';
import { Verdicts } from './Verdicts';
import { usePicture } from './selectors';

/**
 * What presentation mode keeps beside the stage: whether IC1 and IC2 hold, who decided what,
 * and what the theorem promises for this n and m (the side was half empty with the table alone).
 */
export function Essential() {
  const pic = usePicture();
  return (
    <div className="side-panels" tabIndex={0}>
      <Verdicts pic={pic} />
      <DecisionsTable pic={pic} />
      <Guarantee pic={pic} />
    </div>
  );
}
