import { useMemo, useState } from 'react';
import type { DecisionNode } from '../../engine/byzantine';
import { defaultDepth, fmt, formatPath, layoutDecisionTree, letter, pathKey } from './geometry';
import type { Picture } from './picture';

interface Props {
  pic: Picture;
  /** the stage's size: small trees are drawn larger to fill it */
  width: number;
  height: number;
  lieutenant: number;
  onLieutenant: (i: number) => void;
  onBack: () => void;
}

const ROW = 44;
const COL = 270;
/** half the width of a node's box */
const HALF = 75;

/**
 * One lieutenant's OM decision tree (the paper's recursion unrolled): the root is what came
 * from the commander, each level deeper the relays of a sub-run. Values appear as messages
 * arrive; at decision time each inner node shows the majority rolled up from its children.
 */
export function MessageTree({ pic, width, height, lieutenant, onLieutenant, onBack }: Props) {
  const { run, frame } = pic;
  const root = run.trees[lieutenant] ?? null;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const depth = useMemo(() => (root ? defaultDepth(root) : 0), [root]);
  const layout = useMemo(
    () =>
      root
        ? layoutDecisionTree(root, { depth, open, closed, rowHeight: ROW, columnWidth: COL })
        : null,
    [root, depth, open, closed],
  );
  const rolled = frame.decisions[lieutenant] != null || frame.phase === 'verdict';
  const toggle = (node: DecisionNode, isCollapsed: boolean) => {
    const k = pathKey(node.path);
    if (isCollapsed) {
      setClosed((s) => without(s, k));
      setOpen((s) => new Set(s).add(k));
    } else {
      setOpen((s) => without(s, k));
      setClosed((s) => new Set(s).add(k));
    }
  };
  const pad = 16;
  const w = (layout?.width ?? 0) + 2 * HALF + 150 + 2 * pad;
  const h = (layout?.height ?? 0) + 2 * pad;
  // header, help and result lines take ~150px of the stage
  const scale = Math.max(1, Math.min(1.6, (width - 40) / w, (height - 160) / h));
  return (
    <section className="byz-tree" aria-label="Message tree">
      <div className="tree-head">
        <h2>
          Message tree of lieutenant {lieutenant} · OM({run.m})
        </h2>
        <div className="row">
          <label>
            Lieutenant
            <select
              aria-label="Lieutenant"
              value={lieutenant}
              onChange={(e) => onLieutenant(Number(e.target.value))}
            >
              {Array.from({ length: run.n - 1 }, (_, k) => k + 1).map((i) => (
                <option key={i} value={i}>
                  {i}
                  {run.traitor[i] ? ' (traitor)' : ''}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={onBack}>
            Back to the generals
          </button>
        </div>
      </div>
      <p className="tree-help">
        Each box: the value that reached lieutenant {lieutenant} along the path. At decision time
        every inner node takes the <b>majority</b> of its own value and its children&apos;s, level
        by level up to the root.
      </p>
      <div className="tree-scroll">
        {layout ? (
          <svg
            width={Math.round(w * scale)}
            height={Math.round(h * scale)}
            viewBox={`${-pad - HALF} ${-pad} ${w} ${h}`}
            role="tree"
            aria-label={`Lieutenant ${lieutenant}'s message tree`}
          >
            {layout.links.map((l) => (
              <path
                key={l.key}
                className="tree-link"
                d={`M${l.a.x + HALF + 76},${l.a.y} C${l.b.x - HALF - 20},${l.a.y} ${l.b.x - HALF - 40},${l.b.y} ${l.b.x - HALF},${l.b.y}`}
              />
            ))}
            {layout.nodes.map((t) => {
              const known = t.node.message < frame.delivered;
              const hidden = (t.node as DecisionNode & { hidden?: number }).hidden ?? 0;
              const inner = t.node.children.length > 0 || hidden > 0;
              const showRoll = rolled && inner && known;
              const expandable = t.node.children.length > 0;
              return (
                <g
                  key={t.key}
                  transform={`translate(${t.x} ${t.y})`}
                  className={`tree-node ${known ? (t.node.received ?? 'silent') : 'unknown'}${t.depth === 0 ? ' root' : ''}`}
                  role="treeitem"
                  aria-level={t.depth + 1}
                  aria-expanded={expandable ? !t.collapsed : undefined}
                  aria-label={`${formatPath(t.node.path)}: ${known ? (t.node.received ?? 'nothing') : 'not yet'}${showRoll ? `, majority ${t.node.value}` : ''}`}
                  tabIndex={expandable ? 0 : -1}
                  onClick={() => expandable && toggle(t.node, t.collapsed)}
                  onKeyDown={(e) => {
                    if ((e.key === 'Enter' || e.key === ' ') && expandable) {
                      e.preventDefault();
                      toggle(t.node, t.collapsed);
                    }
                  }}
                >
                  <rect x={-HALF} y={-17} width={2 * HALF} height={34} rx={8} className="box" />
                  <text x={-HALF + 12} y={6} className="val">
                    {known ? letter(t.node.received) : '?'}
                  </text>
                  <text x={-HALF + 34} y={5} className="path">
                    {formatPath(t.node.path)}
                  </text>
                  {showRoll ? (
                    <g transform={`translate(${HALF + 6} 0)`} className={`roll ${t.node.value}`}>
                      <rect x={0} y={-14} width={70} height={28} rx={14} />
                      <text x={35} y={5} textAnchor="middle">
                        maj {letter(t.node.value)}
                      </text>
                    </g>
                  ) : null}
                  {t.collapsed || hidden > 0 ? (
                    <text x={HALF + (showRoll ? 84 : 8)} y={5} className="more">
                      {t.collapsed ? `+${fmt(t.hidden)} ▸` : `+${fmt(hidden)} (not loaded)`}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
        ) : (
          <p>No tree: lieutenant {lieutenant} does not exist.</p>
        )}
      </div>
      {root && rolled ? (
        <p className="tree-result">
          Lieutenant {lieutenant} decides <b>{root.value.toUpperCase()}</b>
          {run.traitor[lieutenant] ? ' (a traitor: its decision does not count)' : ''}.
        </p>
      ) : null}
    </section>
  );
}

function without(s: ReadonlySet<string>, k: string): ReadonlySet<string> {
  const next = new Set(s);
  next.delete(k);
  return next;
}
