import { chordStore } from '../../store/chord';
import { LabLayout } from '../common/LabLayout';
import { DhtToolbar } from './DhtToolbar';
import { DhtStage } from './DhtStage';
import { DhtSide } from './DhtSide';
import { SelectedNode } from './SelectedNode';
import './dht.css';

export function DhtLab() {
  return (
    <LabLayout
      store={chordStore}
      label="DHT ring"
      toolbar={<DhtToolbar />}
      stage={<DhtStage />}
      side={<DhtSide />}
      essential={
        <div className="side-panels dht-side">
          <SelectedNode />
        </div>
      }
    />
  );
}
