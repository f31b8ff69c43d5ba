import { Fragment } from 'react';
import type { CompareInfo } from '../../store/chord';
import { nodeLabel } from './derive';
import { TableHead } from '../common/TableHead';
import { CloseButton } from '../common/CloseButton';

export function Compare({ info, onClose }: { info: CompareInfo; onClose(): void }) {
  const max = Math.max(1, ...info.rows.map((r) => r.hops));
  return (
    <section className="panel compare" aria-label="Routing comparison">
      <div className="panel-head">
        <h2>
          Routing comparison: key {String(info.key)} from {nodeLabel(info.from)}
        </h2>
        <CloseButton label="Close routing comparison" className="close" onClose={onClose} />
      </div>
      <table aria-label="Routing comparison">
        <TableHead
          cols={['routing', 'hops', 'messages', <span className="visually-hidden">bar</span>]}
        />
        <tbody>
          {info.rows.map((r) => (
            <Fragment key={r.routing}>
              <tr className="cmp-main">
                <td>{r.routing}</td>
                <td>
                  <strong>{r.failed ? '✕ failed' : r.hops}</strong>
                  {r.timeouts > 0 ? (
                    <span className="muted">
                      {' '}
                      +{r.timeouts} timeout{r.timeouts > 1 ? 's' : ''}
                    </span>
                  ) : null}
                </td>
                <td>{r.messages}</td>
                <td>
                  <div
                    className={r.failed ? 'bar failed' : 'bar'}
                    style={{ width: `${(100 * Math.max(r.hops, 0.3)) / max}%` }}
                  />
                </td>
              </tr>
              <tr className="cmp-path">
                <td colSpan={4} className="mono">
                  {r.path.length <= 12
                    ? r.path.map(nodeLabel).join(' → ')
                    : `${r.path.slice(0, 4).map(nodeLabel).join(' → ')} → … (${r.path.length} nodes)`}
                </td>
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </section>
  );
}
