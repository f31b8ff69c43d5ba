import { byzantineStore as store } from '../../store/byzantine';
import { LabLayout } from '../common/LabLayout';
import './byzantine.css';
import { Toolbar } from './Toolbar';
import { Stage } from './Stage';
import { Essential } from './Essential';
import { Side } from './Side';

const PARTS = { Toolbar, Stage, Side, Essential };

export function ByzantineLab() {
  return <LabLayout store={store} label="Byzantine generals" parts={PARTS} />;
}
