import { useStore } from 'zustand';
import { PAPER_ASSUMPTIONS, type Assumptions } from '../../engine/byzantine';
import { isRecord } from '../../engine/scenario/errors';
import { byzantineStore as store } from '../../store/byzantine';
import { pendingOf } from '../../store/lab';

/** Why the paper (§2, assumptions A2 and A3) needs each assumption, one sentence each. */
export const WHY: Readonly<Record<keyof Assumptions, string>> = {
  spoofing:
    'The paper assumes the receiver knows who sent a message (A2): otherwise one traitor can speak in a loyal general’s name, and no majority outvotes a voice that seems to come from everyone — only signatures (SM) stop it.',
  synchronous:
    'The paper assumes a missing message can be detected (A3): with a timeout, a slow loyal general looks exactly like a silent traitor — and by FLP (Fischer, Lynch, Paterson 1985), no deterministic protocol can guarantee agreement in an asynchronous network if even one general may fail.',
};

/** Each switch: the assumption, its accessible name and its short visible label. */
const SWITCHES: readonly { key: keyof Assumptions; name: string; text: string }[] = [
  { key: 'spoofing', name: 'Spoofing', text: 'Spoof' },
  { key: 'synchronous', name: 'Synchronous', text: 'Sync' },
];

/** The toolbar's switches for the paper's two messenger assumptions. */
export function AssumptionToggles() {
  const raw = useStore(store, (s) => (pendingOf(s) ?? s.scenario).assumptions);
  const a: Assumptions = { ...PAPER_ASSUMPTIONS, ...(isRecord(raw) ? raw : {}) };
  const st = store.getState();
  return (
    <>
      {SWITCHES.map(({ key, name, text }) => (
        <label key={key} title={WHY[key]}>
          <input
            type="checkbox"
            checked={a[key]}
            aria-label={name}
            onChange={(e) => st.setAssumption(key, e.target.checked)}
          />
          {text}
        </label>
      ))}
    </>
  );
}

/** Side panel while an assumption is broken: what the paper needs it for. */
export function BrokenAssumptions({ assumptions }: { assumptions: Assumptions }) {
  if (!assumptions.spoofing && assumptions.synchronous) return null;
  return (
    <section className="panel byz-assumptions" aria-label="Broken assumptions">
      <h2>Broken assumptions</h2>
      {assumptions.spoofing ? (
        <p>
          <strong>Spoofing allowed.</strong> {WHY.spoofing} Make a traitor play <code>spoof:…</code>{' '}
          in its Strategy menu.
        </p>
      ) : null}
      {!assumptions.synchronous ? (
        <p>
          <strong>Asynchronous.</strong> {WHY.synchronous}
        </p>
      ) : null}
    </section>
  );
}
