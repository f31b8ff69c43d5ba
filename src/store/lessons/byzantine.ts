import { BYZANTINE_BASE } from '../../engine/byzantine';
import type { ScenarioJson } from '../lab';
import type { Lesson } from './types';

const byz = (extra: ScenarioJson): ScenarioJson => ({ ...BYZANTINE_BASE, ...extra });

/** The Byzantine lessons, in lecture order. */
export const BYZANTINE_LESSONS: readonly Lesson[] = [
  {
    id: 'byz-lieutenant',
    lab: 'byzantine',
    title: 'OM(1), four generals, a lying lieutenant (LSP Fig. 3)',
    hint: 'The loyal lieutenants outvote the traitor: IC1 and IC2 hold.',
    scenario: byz({
      questions: [
        { at: 4, kind: 'messages' },
        { at: 8, kind: 'relay' },
        { at: 10, kind: 'decide' },
        { at: 12, kind: 'ic2' },
      ],
      traitors: { '3': 'opposite' },
    }),
  },
  {
    id: 'byz-commander',
    lab: 'byzantine',
    title: 'OM(1), four generals, a traitor commander (LSP Fig. 4)',
    hint: 'The commander sends different orders; the relays make every loyal lieutenant agree (IC1).',
    scenario: byz({
      questions: [
        { at: 2, kind: 'relay' },
        { at: 10, kind: 'decide' },
        { at: 13, kind: 'ic1' },
      ],
      traitors: { '0': 'split' },
    }),
  },
  {
    id: 'byz-three',
    lab: 'byzantine',
    title: 'Three generals, one traitor: no solution with oral messages (Fig. 1)',
    hint: 'n ≤ 3m: lieutenant 1 cannot tell a lying lieutenant from a lying commander.',
    scenario: byz({
      questions: [
        { at: 4, kind: 'relay' },
        { at: 5, kind: 'decide' },
        { at: 6, kind: 'ic2' },
      ],
      generals: 3,
      traitors: { '2': 'opposite' },
    }),
  },
  {
    id: 'byz-signed',
    lab: 'byzantine',
    title: 'Signed messages: three generals suffice (SM(1), Fig. 5)',
    hint: 'No spoofing: the lieutenants see two signed orders from the commander and both retreat.',
    scenario: byz({
      questions: [
        { at: 2, kind: 'relay' },
        { at: 5, kind: 'decide' },
        { at: 7, kind: 'ic1' },
      ],
      algorithm: 'SM',
      generals: 3,
      traitors: { '0': 'split' },
    }),
  },
  {
    id: 'byz-two-traitors',
    lab: 'byzantine',
    title: 'Seven generals, two traitors: OM(2) copes (n > 3m)',
    hint: '156 messages over three rounds; IC1 and IC2 both hold.',
    scenario: byz({
      questions: [
        { at: 7, kind: 'messages' },
        { at: 37, kind: 'messages' },
        { at: 161, kind: 'ic1' },
      ],
      generals: 7,
      m: 2,
      traitors: { '2': 'opposite', '5': 'split' },
    }),
  },
  {
    id: 'byz-too-many',
    lab: 'byzantine',
    title: 'Too many traitors for OM(1): the guarantee is gone',
    hint: 'Two traitors but m = 1: the loyal generals split and the attack fails.',
    scenario: byz({
      questions: [
        { at: 10, kind: 'decide' },
        { at: 11, kind: 'decide' },
        { at: 12, kind: 'ic1' },
      ],
      generals: 4,
      m: 1,
      traitors: { '0': 'split', '3': 'split' },
    }),
  },
];
