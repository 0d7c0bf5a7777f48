/** `oscal catalog` and `oscal profile`: the Code's catalogue as OSCAL. */
import { UsageError } from '../io';
import type { OscalContext, Written } from './context';

export function catalogDocument(_: OscalContext): Written {
  throw new UsageError('oscal catalog is not yet written');
}

export function profileDocument(_: OscalContext): Written {
  throw new UsageError('oscal profile is not yet written');
}
