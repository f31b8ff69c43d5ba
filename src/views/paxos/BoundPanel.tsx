import { LESSONS, lessonScenario } from '../../store/lessons';
import { formatHash } from '../../store/share';
import { CloseButton } from '../common/CloseButton';

const link = (id: string) => {
  const lesson = LESSONS.find((l) => l.id === id);
  return lesson ? formatHash(lesson.lab, lessonScenario(lesson, false)) : '#/byzantine';
};

/**
 * Why 3f + 1: the same bound as the generals' n > 3m, with links that open the Byzantine lab on
 * OM(1) with four generals (enough), three (not enough) and SM(1) (signatures: three suffice).
 */
export function BoundPanel({ onClose }: { onClose: () => void }) {
  return (
    <section className="panel px-bound" aria-label="Same bound as the generals">
      <div className="px-head">
        <h2>Same bound as the generals</h2>
        <CloseButton label="Close bound panel" onClose={onClose} />
      </div>
      <p>
        With <b>n = 3f + 1</b> acceptors and quorums of <b>2f + 1</b>, any two quorums share at
        least <b>f + 1</b> acceptors, so at least one honest one, who remembers what was chosen
        (with more acceptors the quorum must grow too: ⌈(n + f + 1)/2⌉). It is the bound{' '}
        <b>n &gt; 3m</b> of oral messages: four generals survive one traitor, three do not.
      </p>
      <p>
        A liar is different: its made-up report outranks the honest one, whatever the quorum. Signed
        messages fix that for the generals (SM(m) works with any number of traitors), as verifiable
        reports do in real BFT protocols.
      </p>
      <ul className="px-links">
        <li>
          <a href={link('byz-lieutenant')}>OM(1) with n = 4: the loyal generals agree</a>
        </li>
        <li>
          <a href={link('byz-three')}>OM(1) with n = 3: no solution</a>
        </li>
        <li>
          <a href={link('byz-signed')}>SM(1) with n = 3: signatures suffice</a>
        </li>
      </ul>
    </section>
  );
}
