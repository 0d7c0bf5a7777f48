/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services. One rule per code reported, each
 * with a help link to the Code; columns are UTF-16 code units, as the ranges are.
 */
import { allRuleCodes, codeUrl, provision, verbMeaning } from '../../core/index';
import type { Severity } from '../../core/index';
import type { FileResult } from './types';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(files: FileResult[], toolVersion: string): string {
  const codes = [...new Set(files.flatMap((f) => f.findings.map((d) => d.code)))].sort();
  const ruleIndex = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => {
    const p = provision(code);
    const rc = allRuleCodes.find((r) => r.code === code);
    const short = p ? `${p.id} ${p.title}` : (rc?.summary ?? code);
    return {
      id: code,
      name: p ? `provision-${code.replace(/\./g, '-')}` : code,
      shortDescription: { text: short },
      ...(p ? { fullDescription: { text: p.quote } } : {}),
      helpUri: codeUrl(p?.id),
      help: { text: p ? `${p.quote} (${verbMeaning[p.modal]}, ${p.stakeholders.join(', ')}; ETSI ${p.etsi})` : short },
      defaultConfiguration: { level: p ? (p.modal === 'shall' ? 'error' : 'warning') : LEVEL[rc?.severity ?? 'warning'] },
      properties: { tags: p ? ['ai-security', `principle-${p.principle}`, p.modal] : ['ai-security'] },
    };
  });
  const results = files.flatMap((f) =>
    f.findings.map((d) => ({
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code)!,
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' },
            region: {
              startLine: d.range.start.line + 1,
              startColumn: d.range.start.character + 1,
              endLine: d.range.end.line + 1,
              endColumn: d.range.end.character + 1,
            },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'ai-security', version: toolVersion, informationUri: codeUrl(), rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The root given by --root.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
