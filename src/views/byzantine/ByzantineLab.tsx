import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { MAX_GENERALS, MAX_M, type Algorithm, type Order } from '../../engine/byzantine';
import { currentState } from '../../engine/timeline';
import {
  byzantineStore as store,
  granularityOf,
  liteOf,
  runOf,
  type StageMode,
} from '../../store/byzantine';
import { LabLayout } from '../common/LabLayout';
import './byzantine.css';
import { CROWN, MASK, SHIELD } from './icons';
import { Lesson } from './Lesson';
import { MessageTree } from './MessageTree';
import { Counts, DecisionsTable, GeneralPanel, Guarantee, SearchPanel, Verdicts } from './panels';
import type { Picture } from './picture';
import { Ring } from './Ring';
import { uiScale } from '../common/uiScale';

function usePicture(): Picture {
  const timeline = useStore(store, (s) => s.timeline);
  return { run: runOf(timeline), frame: currentState(timeline), lite: liteOf(timeline) };
}

const stageOf = (view: Record<string, unknown>): StageMode =>
  view.stage === 'tree' || view.stage === 'lesson' ? view.stage : 'ring';
const selectedOf = (view: Record<string, unknown>): number | null =>
  typeof view.selected === 'number' ? view.selected : null;

export function ByzantineLab() {
  return (
    <LabLayout
      store={store}
      label="Byzantine generals"
      toolbar={<Toolbar />}
      stage={<Stage />}
      side={<Side />}
      essential={<Essential />}
    />
  );
}

/** A number field that commits valid values at once and reports bad ones on Enter / blur. */
function NumberField({
  label,
  ariaLabel,
  value,
  min,
  max,
  onCommit,
}: {
  label: string;
  ariaLabel: string;
  value: number;
  min: number;
  max: number;
  onCommit: (v: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? String(value);
  const commit = (text: string, force: boolean) => {
    const v = Number(text);
    const ok = text.trim() !== '' && Number.isInteger(v) && v >= min && v <= max;
    if (ok) {
      setDraft(null);
      if (v !== value) onCommit(v);
    } else if (force) {
      setDraft(null);
      onCommit(text.trim() === '' ? NaN : v);
    } else {
      setDraft(text);
    }
  };
  return (
    <label>
      {label}
      <input
        type="number"
        aria-label={ariaLabel}
        min={min}
        max={max}
        step={1}
        value={shown}
        onChange={(e) => commit(e.target.value, false)}
        onBlur={() => draft !== null && commit(draft, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && draft !== null) commit(draft, true);
        }}
      />
    </label>
  );
}

function Toolbar() {
  const scenario = useStore(store, (s) => s.pending ?? s.scenario);
  const st = store.getState();
  const n = Number(scenario.generals);
  const m = Number(scenario.m);
  return (
    <>
      <NumberField
        label="Generals"
        ariaLabel="Generals"
        value={n}
        min={3}
        max={MAX_GENERALS}
        onCommit={st.setGenerals}
      />
      <NumberField
        label="Rounds (m)"
        ariaLabel="Rounds (m)"
        value={m}
        min={0}
        max={MAX_M}
        onCommit={st.setM}
      />
      <label>
        Order
        <select
          aria-label="Order"
          value={String(scenario.order ?? 'attack')}
          onChange={(e) => st.setOrder(e.target.value as Order)}
        >
          <option value="attack">attack</option>
          <option value="retreat">retreat</option>
        </select>
      </label>
      <label>
        Algorithm
        <select
          aria-label="Algorithm"
          value={String(scenario.algorithm ?? 'OM')}
          onChange={(e) => st.setAlgorithm(e.target.value as Algorithm)}
        >
          <option value="OM">OM</option>
          <option value="SM">SM</option>
        </select>
      </label>
    </>
  );
}

function Stage() {
  const pic = usePicture();
  const view = useStore(store, (s) => s.view);
  const speed = useStore(store, (s) => s.speed);
  const computing = useStore(store, (s) => s.computing);
  const timeline = useStore(store, (s) => s.timeline);
  const stage = stageOf(view);
  const selected = selectedOf(view);
  const st = store.getState();

  // tokens fly only when the cursor moved one step forward within the same run
  const prev = useRef<{ steps: unknown; cursor: number }>({ steps: null, cursor: 0 });
  const animate =
    prev.current.steps === timeline.steps && timeline.cursor === prev.current.cursor + 1;
  useEffect(() => {
    prev.current = { steps: timeline.steps, cursor: timeline.cursor };
  });

  const box = useRef<HTMLDivElement>(null);
  const size = useSize(box);
  const treeFor = selected !== null && selected > 0 ? selected : 1;
  return (
    <div className="byz-stage" ref={box}>
      {stage === 'lesson' ? (
        <Lesson onBack={() => st.setStage('ring')} onOpen={(fig) => st.loadFigure(fig)} />
      ) : stage === 'tree' && pic.run.algorithm === 'OM' ? (
        <MessageTree
          pic={pic}
          width={size.width}
          height={size.height}
          lieutenant={treeFor}
          onLieutenant={(i) => st.select(i)}
          onBack={() => st.setStage('ring')}
        />
      ) : (
        <Ring
          pic={pic}
          width={size.width / size.scale}
          height={size.height / size.scale}
          selected={selected}
          onSelect={(i) => st.select(selected === i ? null : i)}
          speed={speed}
          animate={animate}
        />
      )}
      {stage === 'ring' ? (
        <>
          <Legend />
          <StepBy />
          <div className="stage-actions">
            <button type="button" onClick={() => st.setStage('lesson')}>
              Three generals, one traitor
            </button>
            <button type="button" onClick={st.findCounterexample} disabled={computing !== null}>
              Find a counterexample
            </button>
            {pic.run.algorithm === 'OM' ? (
              <button type="button" onClick={() => st.setStage('tree')}>
                Message tree
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {computing ? (
        <div className="computing" role="status">
          <span className="spinner" aria-hidden="true" />
          {computing}
        </div>
      ) : null}
    </div>
  );
}

/** The stage's size in CSS pixels, kept current by a ResizeObserver. */
function useSize(ref: React.RefObject<HTMLDivElement | null>): {
  width: number;
  height: number;
  /** the UI scale (views/common/uiScale.ts): the ring is laid out at width / scale */
  scale: number;
} {
  const [size, setSize] = useState({ width: 850, height: 480, scale: 1 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const r = el.getBoundingClientRect();
      const scale = uiScale();
      if (r.width > 0 && r.height > 0) {
        setSize((s) =>
          Math.abs(s.width - r.width) < 1 && Math.abs(s.height - r.height) < 1 && s.scale === scale
            ? s
            : { width: Math.round(r.width), height: Math.round(r.height), scale },
        );
      }
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}

function LegendIcon({ d, cls }: { d: string; cls: string }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" className={`lg ${cls}`} aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

/** One step per message or per round (auto: per message up to 300 messages). */
function StepBy() {
  const granularity = useStore(store, (s) => granularityOf(s.timeline));
  const st = store.getState();
  return (
    <div className="seg stage-stepby" role="group" aria-label="Step by">
      <span className="seg-label">Step by</span>
      {(['message', 'round'] as const).map((g) => (
        <button
          key={g}
          type="button"
          aria-pressed={granularity === g}
          onClick={() => st.setStepBy(g)}
        >
          {g}
        </button>
      ))}
    </div>
  );
}

function Legend() {
  return (
    <div className="byz-legend" aria-hidden="true">
      <span>
        <LegendIcon d={CROWN} cls="crown" /> commander
      </span>
      <span>
        <LegendIcon d={SHIELD} cls="shield" /> loyal
      </span>
      <span>
        <LegendIcon d={MASK} cls="mask" /> traitor
      </span>
      <span>
        <b className="lg tok-a">A</b> attack <b className="lg tok-r">R</b> retreat
      </span>
    </div>
  );
}

/** What presentation mode keeps beside the stage: who decided what. */
function Essential() {
  const pic = usePicture();
  return (
    <div className="side-panels">
      <DecisionsTable pic={pic} />
    </div>
  );
}

function Side() {
  const pic = usePicture();
  const view = useStore(store, (s) => s.view);
  const search = useStore(store, (s) => s.search);
  const selected = selectedOf(view);
  const st = store.getState();
  return (
    <div className="side-panels">
      {search ? <SearchPanel search={search} /> : null}
      {selected !== null && selected < pic.run.n ? (
        <GeneralPanel
          pic={pic}
          general={selected}
          onTraitor={(on) => st.setTraitor(selected, on)}
          onStrategy={(s) => st.setStrategy(selected, s)}
          onTree={() => st.setStage('tree')}
          onClose={() => st.select(null)}
        />
      ) : (
        <p className="muted hint">Select a general on the stage to make it a traitor.</p>
      )}
      <Verdicts pic={pic} />
      <DecisionsTable pic={pic} />
      <Guarantee pic={pic} />
      <Counts pic={pic} />
    </div>
  );
}
