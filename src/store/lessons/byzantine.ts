import { BYZANTINE_BASE } from '../../engine/byzantine';
import type { ScenarioJson } from '../lab';
import { lessonsOf, type Lesson } from './types';

const byz = (extra: ScenarioJson): ScenarioJson => ({ ...BYZANTINE_BASE, ...extra });

/** The Byzantine lessons, in lecture order. */
export const BYZANTINE_LESSONS: readonly Lesson[] = lessonsOf('byzantine', byz, [
  {
    id: 'byz-lieutenant',
    title: 'OM(1), four generals, a lying lieutenant (LSP Fig. 3)',
    hint: 'The loyal lieutenants outvote the traitor: IC1 and IC2 hold.',
    ask: { 4: 'messages', 8: 'relay', 10: 'decide', 12: 'ic2' },
    scenario: { traitors: { '3': 'opposite' } },
  },
  {
    id: 'byz-commander',
    title: 'OM(1), four generals, a traitor commander (LSP Fig. 4)',
    hint: 'The commander sends different orders; the relays make every loyal lieutenant agree (IC1).',
    ask: { 2: 'relay', 10: 'decide', 13: 'ic1' },
    scenario: { traitors: { '0': 'split' } },
  },
  {
    id: 'byz-three',
    title: 'Three generals, one traitor: no solution with oral messages (Fig. 1)',
    hint: 'n ≤ 3m: lieutenant 1 cannot tell a lying lieutenant from a lying commander.',
    ask: { 4: 'relay', 5: 'decide', 6: 'ic2' },
    scenario: { generals: 3, traitors: { '2': 'opposite' } },
  },
  {
    id: 'byz-signed',
    title: 'Signed messages: three generals suffice (SM(1), Fig. 5)',
    hint: 'No spoofing: the lieutenants see two signed orders from the commander and both retreat.',
    ask: { 2: 'relay', 5: 'decide', 7: 'ic1' },
    scenario: { algorithm: 'SM', generals: 3, traitors: { '0': 'split' } },
  },
  {
    id: 'byz-two-traitors',
    title: 'Seven generals, two traitors: OM(2) copes (n > 3m)',
    hint: '156 messages over three rounds; IC1 and IC2 both hold.',
    ask: { 7: 'messages', 37: 'messages', 161: 'ic1' },
    scenario: { generals: 7, m: 2, traitors: { '2': 'opposite', '5': 'split' } },
  },
  {
    id: 'byz-too-many',
    title: 'Too many traitors for OM(1): the guarantee is gone',
    hint: 'Two traitors but m = 1: the loyal generals split and the attack fails.',
    ask: { 10: 'decide', 11: 'decide', 12: 'ic1' },
    scenario: { generals: 4, m: 1, traitors: { '0': 'split', '3': 'split' } },
  },
]);
