import type { ComponentType } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { AnyLabStore, LabEntry } from '../store/contract';
import { labName } from '../store/lab';
import type { LabId } from '../store/labId';
import { chordStore, importExperiment } from '../store/chord';
import { byzantineStore } from '../store/byzantine';
import { paxosStore } from '../store/paxos';
import { DhtLab } from '../views/dht/DhtLab';
import { ByzantineLab } from '../views/byzantine/ByzantineLab';
import { PaxosLab } from '../views/paxos/PaxosLab';

/** Something Esc may close: whether it is open, and how to close it. */
type Closable = readonly [open: boolean, close: () => void];

/** What a lab's entry reads from its store's state: the lab, and a selection Esc may clear. */
interface EntryState {
  readonly lab: LabId;
  readonly kind: string;
  readonly view: { readonly selected?: unknown };
  select(none: null): void;
}

/**
 * A lab's entry. Its id, tab name and scenario kind are its store's own (createLabStore's
 * config). Esc closes the first open one of its `panels`, else clears the selection, and is
 * false when nothing was open.
 */
function labEntry<St extends EntryState>({
  store,
  View,
  panels,
  importOther,
}: {
  store: StoreApi<St> & AnyLabStore;
  View: ComponentType;
  panels: (s: St) => readonly Closable[];
  importOther?: LabEntry['importOther'];
}): LabEntry {
  const { lab, kind } = store.getState();
  const dismiss = () => {
    const s = store.getState();
    const selection: Closable = [s.view.selected != null, () => s.select(null)];
    const first = [...panels(s), selection].find(([open]) => open);
    if (first === undefined) return false;
    const [, close] = first;
    close();
    return true;
  };
  return { id: lab, title: labName(lab), kinds: [kind], store, View, importOther, dismiss };
}

export const LABS: readonly LabEntry[] = [
  labEntry({
    store: chordStore,
    View: DhtLab,
    importOther: importExperiment,
    panels: (s) => [
      [s.view.stats === true, () => s.setView({ stats: false })],
      [Boolean(s.view.compare), () => s.setView({ compare: undefined })],
    ],
  }),
  labEntry({
    store: byzantineStore,
    View: ByzantineLab,
    panels: (s) => [[s.view.stage !== undefined, () => s.setStage('ring')]],
  }),
  labEntry({
    store: paxosStore,
    View: PaxosLab,
    panels: (s) => [[s.view.panel !== undefined, () => s.setView({ panel: undefined })]],
  }),
];
