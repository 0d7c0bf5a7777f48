/** `oscal component-definition` and `oscal assessment-results`: the manifests as OSCAL. */
import { UsageError } from '../io';
import type { OscalContext, Written } from './context';

export function componentDefinitionDocument(_: OscalContext): Written {
  throw new UsageError('oscal component-definition is not yet written');
}

export function assessmentResultsDocument(_: OscalContext): Written {
  throw new UsageError('oscal assessment-results is not yet written');
}
