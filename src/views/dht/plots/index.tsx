import type { ExperimentOutput } from '../../../engine/chord';
import { PathLength } from './PathLengthPlot';
import { LoadBalance } from './LoadBalancePlot';
import { Failures } from './FailuresPlot';
import { MembershipCost } from './MembershipCostPlot';

export function Plots({ out }: { out: ExperimentOutput }) {
  if (out.name === 'pathLength') return <PathLength rows={out.rows} />;
  if (out.name === 'loadBalance') return <LoadBalance rows={out.rows} />;
  if (out.name === 'membershipCost') return <MembershipCost rows={out.rows} />;
  return <Failures rows={out.rows} />;
}
