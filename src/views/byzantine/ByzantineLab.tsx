import { byzantineStore } from '../../store/byzantine';
import { LabLayout } from '../common/LabLayout';

export function ByzantineLab() {
  return (
    <LabLayout
      store={byzantineStore}
      label="Byzantine generals"
      toolbar={<span>Generals controls</span>}
      stage={<svg />}
      side={<div className="side-panels" />}
    />
  );
}
