import { useMemo, useState } from 'react';
import type { DecisionNode } from '../../engine/byzantine';
import { defaultDepth, fmt, formatPath, layoutDecisionTree, letter, pathKey } from './geometry';
import type { Picture } from './picture';

interface Props {
  pic: Picture;
  lieutenant: number;
  onLieutenant: (i: number) => void;
  onBack: () => void;
}

const ROW = 44;
const COL = 200;

/**
 * One lieutenant's OM decision tree (the paper's recursion unrolled): the root is what came
 * from the commander, each level deeper the relays of a sub-run. Values appear as messages
 * arrive; at decision time each inner node shows the majority rolled up from its children.
 */
export function MessageTree({ pic, lieutenant, onLieutenant, onBack }: Props) {
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
  const pad = 24;
  const w = (layout?.width ?? 0) + 220 + 2 * pad;
  const h = (layout?.height ?? 0) + 2 * pad;
  return (
    <section className="byz-tree" aria-label="Message tree">
      <div className="tree-head">
        <h2>
          Lieutenant {lieutenant}&apos;s message tree · OM({run.m})
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
          <svg width={w} height={h} viewBox={`${-pad} ${-pad} ${w} ${h}`} role="tree">
            {layout.links.map((l) => (
              <path
                key={l.key}
                className="tree-link"
                d={`M${l.a.x + 70},${l.a.y} C${(l.a.x + l.b.x) / 2 + 40},${l.a.y} ${(l.a.x + l.b.x) / 2 + 20},${l.b.y} ${l.b.x - 70},${l.b.y}`}
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
                  <rect x={-70} y={-17} width={140} height={34} rx={8} className="box" />
                  <text x={-56} y={6} className="val">
                    {known ? letter(t.node.received) : '?'}
                  </text>
                  <text x={-36} y={5} className="path">
                    {formatPath(t.node.path)}
                  </text>
                  {showRoll ? (
                    <g transform="translate(76 0)" className={`roll ${t.node.value}`}>
                      <rect x={0} y={-14} width={70} height={28} rx={14} />
                      <text x={35} y={5} textAnchor="middle">
                        maj {letter(t.node.value)}
                      </text>
                    </g>
                  ) : null}
                  {t.collapsed || hidden > 0 ? (
                    <text x={showRoll ? 154 : 78} y={5} className="more">
                      {t.collapsed ? `+${fmt(t.hidden)} ▸` : `+${fmt(hidden)} (not loaded)`}
                    </text>
                  ) : expandable ? (
                    <text x={-70} y={-21} className="fold">
                      ▾
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
