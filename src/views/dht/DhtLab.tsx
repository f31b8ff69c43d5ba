import { chordStore } from '../../store/chord';
import { LabLayout } from '../common/LabLayout';
import { DhtToolbar } from './DhtToolbar';
import { DhtStage } from './DhtStage';
import { DhtSide } from './DhtSide';
import { SelectedNode } from './SelectedNode';
import './dht.css';

/** In presentation mode, beside the ring: the selected node's panel. */
function Essential() {
  return (
    <div className="side-panels dht-side">
      <SelectedNode />
    </div>
  );
}

const PARTS = { Toolbar: DhtToolbar, Stage: DhtStage, Side: DhtSide, Essential };

export function DhtLab() {
  return <LabLayout store={chordStore} label="DHT ring" parts={PARTS} />;
}
