/**
 * The lab contract: what the shell and the shared views know about a lab. A new lab is one
 * LabEntry in app/labs.ts: its store (createLabStore; add its id to labId.ts), its View and
 * what Esc closes; the entry's id, title and kinds are the store's lab, labName and kind.
 */
import type { ComponentType } from 'react';
import type { LabId } from './labId';
import type { LabStore } from './lab';
import type { JsonObject } from '../engine/scenario/json';

// The labs are heterogeneous (different scenario and frame types); the shell only uses the
// shared player/scenario surface, so it holds them behind this one widened type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLabStore = LabStore<any, any, any>;

export interface LabEntry {
  id: LabId;
  /** the tab's name */
  title: string;
  /** the scenario kinds this lab imports */
  kinds: readonly string[];
  store: AnyLabStore;
  View: ComponentType;
  /** an import of another kind this lab understands (e.g. "experiment" for the DHT lab) */
  importOther?: (raw: JsonObject) => boolean;
  /** Esc: closes the lab's topmost panel; false when nothing was open */
  dismiss?: () => boolean;
}
