/** The strings the values panel's parts receive (the panel's keys and the state layer's). */
import type { ValuesStateStrings } from '../state-strings.ts';
import type { ValuesPanelStrings } from '../strings.ts';

/** Every string of the values panel. */
export type ValuesStrings = ValuesPanelStrings & ValuesStateStrings;
