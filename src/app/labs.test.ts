import { describe, expect, it } from 'vitest';
import { asKey, asNodeId } from '../engine/chord';
import { LABS } from './labs';
import { chordStore } from '../store/chord';
import { byzantineStore } from '../store/byzantine';
import { paxosStore } from '../store/paxos';

/** Presses Esc in a lab until it says nothing was open (5 at most): what `read` saw after each. */
function pressEsc(id: string, read: () => unknown): unknown[] {
  const dismiss = LABS.find((l) => l.id === id)!.dismiss!;
  const seen: unknown[] = [];
  while (seen.length < 5 && dismiss()) seen.push(read());
  return seen;
}

describe('the lab table', () => {
  it("names each lab, its tab and its scenario kind as the lab's store does", () => {
    expect(LABS.map((l) => [l.id, l.title, l.kinds, l.store])).toEqual([
      ['dht', 'DHT ring', ['chord'], chordStore],
      ['byzantine', 'Byzantine generals', ['byzantine'], byzantineStore],
      ['paxos', 'Paxos', ['paxos'], paxosStore],
    ]);
  });

  it('Esc in the DHT lab closes the statistics, then the comparison, then the selection', () => {
    chordStore.getState().setView({
      stats: true,
      compare: { key: asKey('k'), from: asNodeId(8), rows: [] },
      selected: asNodeId(8),
    });
    const read = () => {
      const v = chordStore.getState().view;
      return [v.stats, v.compare?.key, v.selected ?? null];
    };
    expect(pressEsc('dht', read)).toEqual([
      [false, 'k', 8],
      [false, undefined, 8],
      [false, undefined, null],
    ]);
  });

  it('Esc in the Byzantine lab goes back to the ring, then clears the selection', () => {
    byzantineStore.getState().setView({ stage: 'tree', selected: 2 });
    const read = () => {
      const v = byzantineStore.getState().view;
      return [v.stage, v.selected ?? null];
    };
    expect(pressEsc('byzantine', read)).toEqual([
      [undefined, 2],
      [undefined, null],
    ]);
  });

  it('Esc in the Paxos lab closes the bound panel, then clears the selection', () => {
    paxosStore.getState().setView({ panel: 'bound', selected: 'A1' });
    const read = () => {
      const v = paxosStore.getState().view;
      return [v.panel, v.selected ?? null];
    };
    expect(pressEsc('paxos', read)).toEqual([
      [undefined, 'A1'],
      [undefined, null],
    ]);
  });
});
