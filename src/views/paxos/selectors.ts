import type { PaxosView } from '../../store/paxos';

export const selectedOf = (view: PaxosView): string | null => view.selected ?? null;
