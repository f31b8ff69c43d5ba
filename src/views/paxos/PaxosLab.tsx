import { paxosStore as store } from '../../store/paxos';
import { LabLayout } from '../common/LabLayout';
import './paxos.css';
import { Toolbar } from './Toolbar';
import { Stage } from './Stage';
import { Essential } from './Essential';
import { Side } from './Side';

const PARTS = { Toolbar, Stage, Side, Essential };

export function PaxosLab() {
  return <LabLayout store={store} label="Paxos" parts={PARTS} />;
}
