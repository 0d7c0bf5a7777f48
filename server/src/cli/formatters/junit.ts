/**
 * `--format junit`: JUnit XML for test-report viewers (Jenkins, GitLab, Azure Pipelines, the
 * test-reporter actions), laid out as ESLint's junit formatter lays it out: one <testsuite> per
 * file checked, named by its path; one <testcase> per finding, named by its code, each with a
 * <failure> whose message is the finding's and whose text says where it is; a file without
 * findings is one passing <testcase>, so that it shows as checked. Unlike ESLint's, every value
 * is escaped (attributes and text alike, no CDATA that a `]]>` in a message could end), and the
 * characters XML 1.0 cannot carry at all (most C0 controls, lone surrogates, U+FFFE and U+FFFF)
 * are removed; messages go through visibleText first, as SARIF's do, so that a control in a
 * quoted value still shows as its escape.
 */
import { visibleText } from '../../core/util/escape';
import type { FileResult } from './types';

const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Text for an XML attribute or element: escaped, and without what XML cannot hold. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITY[c]!);
}

const LABEL = { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' } as const;

export function formatJunit(files: FileResult[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const f of files) {
    const name = xmlText(f.path);
    const classname = xmlText(f.path.replace(/\.[^./]*$/, ''));
    const failures = f.findings.length;
    out.push(`<testsuite package="org.ai-security" time="0" tests="${failures || 1}" errors="0" failures="${failures}" name="${name}">`);
    if (failures === 0) out.push(`<testcase time="0" name="${name}" classname="${classname}" />`);
    for (const d of f.findings) {
      const message = visibleText(d.message);
      const where = `line ${d.range.start.line + 1}, col ${d.range.start.character + 1}, ${LABEL[d.severity]} - ${message} (${d.code})`;
      out.push(
        `<testcase time="0" name="${xmlText(`org.ai-security.${d.code}`)}" classname="${classname}">` +
          `<failure message="${xmlText(message)}" type="${d.severity}">${xmlText(where)}</failure></testcase>`,
      );
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}
