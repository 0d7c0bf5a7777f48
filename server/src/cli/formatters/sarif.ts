/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services. One rule per code reported, each
 * with a help link to the Code; columns are UTF-16 code units, as the ranges are. Each result
 * carries a fingerprint of its logical identity (code, file, place in the document's structure),
 * so that code scanning keeps one alert per gap while lines move around it.
 */
import { allRuleCodes, attribution, catalogue, codeUrl, ETSI_STANDARD, findingHref, obligedSource, provision, verbText } from '../../core/index';
import type { Finding, Severity } from '../../core/index';
import { jsonInvisiblesEscaped, visibleText } from '../../core/util/escape';
import type { FileResult } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * The partial fingerprint under our own name, versioned as SARIF asks (§3.27.17): a new recipe
 * gets a new name, and the old one is kept while consumers may rely on it.
 */
export const FINGERPRINT_NAME = 'aiSecurityFinding/v1';

export interface SarifOptions {
  /** The finding's fingerprint: a hash of its logical identity (see core/engine/fingerprint.ts). */
  fingerprint: (finding: Finding) => string;
  /** With --baseline: whether a finding is new or was already in the baseline. */
  baselineState?: (finding: Finding) => 'new' | 'unchanged';
}

export function formatSarif(files: FileResult[], toolVersion: string, options: SarifOptions): string {
  const codes = [...new Set(files.flatMap((f) => f.findings.map((d) => d.code)))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const source = catalogue().source;
  const rules = codes.map((code) => {
    const p = provision(code);
    const rc = allRuleCodes.find((r) => r.code === code);
    const short = p ? `${p.id} ${p.title}` : (rc?.summary ?? code);
    return {
      id: code,
      name: p ? `provision-${code.replace(/\./g, '-')}` : code,
      shortDescription: { text: short },
      ...(p ? { fullDescription: { text: p.quote } } : {}),
      helpUri: findingHref(code),
      // The Code's words are Crown copyright: quoted exactly, and never without the attribution.
      // The title in shortDescription is the tool's own, and said to be.
      help: {
        text: p
          ? `\u201c${p.quote}\u201d (${source.title}, provision ${p.id}: ${verbText(p)}, ${p.stakeholders.join(', ')}${p.stakeholdersFrom ? ` (${obligedSource(p)})` : ''}; ${ETSI_STANDARD} ${p.etsi}.) The short title \u201c${p.title}\u201d is this tool's, not the Code's. ${attribution()}`
          : short,
      },
      defaultConfiguration: { level: p ? (p.modal === 'shall' ? 'error' : 'warning') : LEVEL[rc?.severity ?? 'warning'] },
      properties: { tags: p ? ['ai-security', `principle-${p.principle}`, p.modal] : ['ai-security'] },
    };
  });
  const results = files.flatMap((f) =>
    f.findings.map((d) => {
      const fingerprint = options.fingerprint(d);
      return {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code)!,
        level: LEVEL[d.severity],
        message: { text: sarifText(d.message) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: fileUri(f.path), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
        // GitHub keys its alerts on primaryLocationLineHash, which upload-sarif computes from the
        // text of the line when it is absent: two findings on one line would then share an alert,
        // and one whose neighbouring lines change would become a new one. Ours has neither fault.
        partialFingerprints: { [FINGERPRINT_NAME]: fingerprint, primaryLocationLineHash: fingerprint },
        ...(options.baselineState ? { baselineState: options.baselineState(d) } : {}),
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ai-security', version: toolVersion, informationUri: codeUrl(), rules } },
        // No automationDetails: upload-sarif fills it from its `category` input only when the
        // run has none, so a fixed one here would merge the analyses of different workflows.
        columnKind: 'utf16CodeUnits',
        // The root's absolute URI is left out (SARIF §3.14.14 allows it): it would differ from
        // machine to machine, and code scanning reads the relative paths from the repository root.
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The workspace root given by --root (default: the current folder). Run from the repository root for code scanning.' } } },
        results,
      },
    ],
  };
  return jsonInvisiblesEscaped(JSON.stringify(log, null, 2)) + '\n';
}

/**
 * A message as SARIF plain text, which code-scanning services show to people: controls and
 * bidirectional characters as visible escapes (as the text output prints them), and `[`, `]`
 * and `\` backslash-escaped (§3.11.6), so that a quoted manifest value cannot make an embedded
 * link such as `[text](1)`.
 */
function sarifText(message: string): string {
  return visibleText(message).replace(/[\\[\]]/g, '\\$&');
}

/** A root-relative POSIX path as a relative URI reference: each segment percent-encoded, so that
 * `#`, `?` or a `:` in a file name cannot be read as a fragment, a query or a scheme. */
function fileUri(relPath: string): string {
  return relPath.split('/').map(encodeURIComponent).join('/');
}
