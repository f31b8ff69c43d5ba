import { useMemo } from 'react';
import type { ChordFrame } from '../../engine/chord/frames';
import { keyLabel, keyOwners, nodeLabel } from './derive';
import { TableHead } from '../common/TableHead';

/** Every key with its id and the node that stores it: key k lives at successor(k). */
export function KeysTable({ frame }: { frame: ChordFrame }) {
  const owners = useMemo(() => keyOwners(frame), [frame]);
  const entries = [...frame.data.values()].sort((x, y) => x.id - y.id);
  if (entries.length === 0) return null;
  const shown = entries.slice(0, 40);
  return (
    <table aria-label="Keys" className="keys-table">
      <caption>Keys ({entries.length})</caption>
      <TableHead cols={['key', 'id', 'stored at', 'value']} />
      <tbody>
        {shown.map((e) => {
          const owner = owners.get(e.key);
          return (
            <tr key={String(e.key)}>
              <td>{keyLabel(e.key)}</td>
              <td>{e.id}</td>
              <td>{owner === undefined ? '—' : nodeLabel(owner)}</td>
              <td>
                <bdi>{e.value ?? '—'}</bdi>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
