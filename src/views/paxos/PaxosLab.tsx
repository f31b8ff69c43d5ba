import { useRef } from 'react';
import { Computing } from '../common/Computing';
import { useSteppedForward } from '../player/useSteppedForward';
import { useStageState } from '../player/useStageState';
import { useStore } from 'zustand';
import { MAX_ACCEPTORS } from '../../engine/paxos';
import { currentState } from '../../engine/timeline';
import { paxosStore as store, runOf, type PaxosView } from '../../store/paxos';
import { computingOf } from '../../store/lab';
import { LabLayout } from '../common/LabLayout';
import { useSize } from '../common/useSize';
import { NumberField } from '../common/NumberField';
import { LabeledSelect } from '../common/LabeledSelect';
import { BoundPanel } from './BoundPanel';
import { answerOnStage } from '../player/quiz';
import { AcceptorPanel, InFlightPanel, SearchPanel, VerdictsPanel } from './panels';
import './paxos.css';
import { SpaceTime } from './SpaceTime';
import { Topology } from './Topology';

const selectedOf = (view: PaxosView): string | null => view.selected ?? null;

const PARTS = { Toolbar, Stage, Side, Essential };

export function PaxosLab() {
  return <LabLayout store={store} label="Paxos" parts={PARTS} />;
}

const LOSSES = [0, 0.1, 0.2, 0.3];

function Toolbar() {
  const s = useStore(store, (x) => x.parsed);
  const computing = useStore(store, computingOf);
  const st = store.getState();
  return (
    <>
      <NumberField
        label="Acceptors"
        value={s.acceptors}
        min={1}
        max={MAX_ACCEPTORS}
        onChange={st.setAcceptors}
        narrow
      />
      <NumberField
        label="Quorum"
        value={s.quorum}
        min={1}
        max={s.acceptors}
        onChange={st.setQuorum}
        narrow
      />
      <LabeledSelect
        label="Message loss"
        ariaLabel="Message loss"
        value={s.loss}
        options={[...new Set([...LOSSES, s.loss])].map((l) => ({
          value: l,
          text: `${Math.round(l * 100)}%`,
        }))}
        onChange={st.setLoss}
      />
      <span className="sep" />
      <button type="button" onClick={st.newRun} title="A fresh schedule from the next seed">
        New run
      </button>
      <button type="button" onClick={st.findViolation} disabled={computing !== null}>
        Find a violation
      </button>
    </>
  );
}

function Stage() {
  const { timeline, view, speed, computing } = useStageState(store);
  const run = runOf(timeline);
  const frame = currentState(timeline);
  const st = store.getState();
  const box = useRef<HTMLDivElement>(null);
  const measured = useSize(box);
  // laid out in 1280×720 units, scaled up through the viewBox with the rest of the UI
  const size = { width: measured.width / measured.scale, height: measured.height / measured.scale };
  // tokens fly only when the cursor moved one step forward within the same run
  const animate = useSteppedForward(timeline.steps, timeline.cursor);
  const values = run.scenario.proposers.map((p) => p.value);
  const stH = Math.max(120, Math.min(230, Math.round(size.height * 0.36)));
  const selected = selectedOf(view);
  return (
    <div className="px-stage" ref={box}>
      <Topology
        state={frame.state}
        quorum={run.scenario.quorum}
        chosen={frame.verdicts.chosen}
        current={frame.step?.message ?? null}
        values={values}
        width={size.width}
        height={size.height - stH}
        selected={selected}
        onSelect={(id) => {
          // a click is the answer while Predict asks which acceptor
          if (!answerOnStage(store, id)) st.select(selected === id ? null : id);
        }}
        onDrop={st.drop}
        animate={animate}
        speed={speed}
      />
      <SpaceTime
        run={run}
        state={frame.state}
        cursor={timeline.cursor}
        values={values}
        width={size.width}
        height={stH}
        onJump={st.jump}
      />
      <Computing label={computing} />
    </div>
  );
}

/** What presentation mode keeps beside the stage: the verdicts and what was chosen. */
function Essential() {
  const timeline = useStore(store, (x) => x.timeline);
  const parsed = useStore(store, (x) => x.parsed);
  const frame = currentState(timeline);
  return (
    <VerdictsPanel
      v={frame.verdicts}
      values={parsed.proposers.map((p) => p.value)}
      q={parsed.quorum}
      n={parsed.acceptors}
    />
  );
}

function Side() {
  const timeline = useStore(store, (x) => x.timeline);
  const view = useStore(store, (x) => x.view);
  const parsed = useStore(store, (x) => x.parsed);
  const search = useStore(store, (x) => x.search);
  const frame = currentState(timeline);
  const selected = selectedOf(view);
  const st = store.getState();
  const a = selected ? frame.state.acceptors.find((x) => x.id === selected) : undefined;
  const values = parsed.proposers.map((p) => p.value);
  return (
    <div className="side-panels px-side">
      {view.panel === 'bound' ? (
        <BoundPanel onClose={() => st.setView({ panel: undefined })} />
      ) : null}
      {search ? <SearchPanel search={search} /> : null}
      <VerdictsPanel v={frame.verdicts} values={values} q={parsed.quorum} n={parsed.acceptors} />
      {a ? (
        <AcceptorPanel
          a={a}
          scenario={parsed}
          onFault={(f) => st.setFault(a.id, f)}
          onCrash={() => st.crashNow(a.id)}
          onClose={() => st.select(null)}
        />
      ) : (
        <p className="muted hint">
          Click an acceptor to crash it or hack it; click a message token to drop it.
        </p>
      )}
      <InFlightPanel state={frame.state} onDrop={st.drop} />
    </div>
  );
}
