/** Coverage reports: one model built from a manifest's analysis, rendered four ways. */
export {
  coverageReport,
  systemReport,
  percent,
  REPORT_FORMAT,
  REPORT_FORMAT_VERSION,
  type CoverageReport,
  type SystemReport,
  type PrincipleReport,
  type ProvisionRow,
  type EvidenceRef,
  type Waiver,
  type StageOutlook,
  type UpcomingProvision,
  type CoverageBreakdown,
  type Counts,
  type CodeSource,
  type ReportFinding,
  type ReportOptions,
} from './model';
export { type RenderOptions } from './common';
export { renderMarkdown } from './markdown';
export { renderHtml } from './html';
export { renderJson } from './json';
export { renderCycloneDx, cycloneDxBom, type CycloneDxOptions } from './cyclonedx';

/** The formats `ai-security report` writes. */
export const REPORT_FORMATS = ['markdown', 'html', 'json', 'cyclonedx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
