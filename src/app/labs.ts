import type { LabEntry } from './registry';
import { chordStore, importExperiment } from '../store/chord';
import { byzantineStore } from '../store/byzantine';
import { DhtLab } from '../views/dht/DhtLab';
import { ByzantineLab } from '../views/byzantine/ByzantineLab';

export const LABS: readonly LabEntry[] = [
  {
    id: 'dht',
    title: 'DHT ring',
    kinds: ['chord'],
    store: chordStore,
    View: DhtLab,
    importOther: importExperiment,
  },
  {
    id: 'byzantine',
    title: 'Byzantine generals',
    kinds: ['byzantine'],
    store: byzantineStore,
    View: ByzantineLab,
  },
];
