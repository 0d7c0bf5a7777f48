/**
 * The report as JSON, for dashboards and scripts: the report model as it is, with
 * `format: "ai-security-coverage-report"` and `version: 1` first. Its fields are documented on
 * the interfaces in `model.ts`; the version changes whenever one changes meaning or goes away.
 */
import type { CoverageReport } from './model';
import { jsonInvisiblesEscaped } from '../util/escape';

export function renderJson(report: CoverageReport): string {
  return jsonInvisiblesEscaped(JSON.stringify(report, null, 2)) + '\n';
}
