import type { LabEntry } from '../store/contract';
import { chordStore, importExperiment } from '../store/chord';
import { byzantineStore } from '../store/byzantine';
import { paxosStore } from '../store/paxos';
import { DhtLab } from '../views/dht/DhtLab';
import { ByzantineLab } from '../views/byzantine/ByzantineLab';
import { PaxosLab } from '../views/paxos/PaxosLab';

export const LABS: readonly LabEntry[] = [
  {
    id: 'dht',
    title: 'DHT ring',
    kinds: ['chord'],
    store: chordStore,
    View: DhtLab,
    importOther: importExperiment,
    dismiss: () => {
      const s = chordStore.getState();
      const v = s.view;
      if (v.stats === true) s.setView({ stats: false });
      else if (v.compare) s.setView({ compare: undefined });
      else if (v.selected != null) s.select(null);
      else return false;
      return true;
    },
  },
  {
    id: 'byzantine',
    title: 'Byzantine generals',
    kinds: ['byzantine'],
    store: byzantineStore,
    View: ByzantineLab,
    dismiss: () => {
      const s = byzantineStore.getState();
      if (s.view.stage !== undefined) s.setStage('ring');
      else if (s.view.selected != null) s.select(null);
      else return false;
      return true;
    },
  },
  {
    id: 'paxos',
    title: 'Paxos',
    kinds: ['paxos'],
    store: paxosStore,
    View: PaxosLab,
    dismiss: () => {
      const s = paxosStore.getState();
      if (s.view.panel !== undefined) s.setView({ panel: undefined });
      else if (s.view.selected != null) s.select(null);
      else return false;
      return true;
    },
  },
];
