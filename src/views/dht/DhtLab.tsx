import { chordStore } from '../../store/chord';
import { LabLayout } from '../common/LabLayout';

export function DhtLab() {
  return (
    <LabLayout
      store={chordStore}
      label="DHT ring"
      toolbar={<span>Ring controls</span>}
      stage={<svg />}
      side={<div className="side-panels" />}
    />
  );
}
