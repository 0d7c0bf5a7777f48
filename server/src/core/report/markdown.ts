/**
 * The report as Markdown: for a pull request, a wiki, or the editor's preview. Everything taken
 * from a manifest is escaped (core/util/escape.ts), so that a name, a justification or an
 * evidence URL cannot inject markup, HTML or a link, nor split a table cell; only https and http
 * URLs and workspace files are ever linked.
 */
import { catalogue } from '../catalogue/index';
import { mdHref, mdLineStart, mdText } from '../util/escape';
import {
  capital,
  countText,
  entryFacts,
  evidenceHref,
  fileHref,
  notLinkedReason,
  plural,
  shortCount,
  STATE_LABEL,
  statusText,
  rowVerbText,
  waiverTimeText,
  type RenderOptions,
} from './common';
import { percent, type CoverageReport, type EvidenceRef, type ProvisionRow, type SystemReport } from './model';

/** Text that starts a line: also escapes what would open a list, heading or setext underline. */
function mdLine(s: string): string {
  return mdLineStart(mdText(s));
}

/** Heading text: also escapes `#`, which could close the heading. */
function mdHeading(s: string): string {
  return mdText(s).replace(/(?<!\\)#/g, '\\#');
}

function link(text: string, href: string): string {
  return `[${mdText(text)}](${mdHref(href)})`;
}

export function renderMarkdown(report: CoverageReport, options: RenderOptions = {}): string {
  const out: string[] = ['# Coverage report: Code of Practice for the Cyber Security of AI', ''];
  const n = report.systems.length;
  out.push(`${report.asOf ? `As of ${report.asOf}. ` : ''}${n === 1 ? 'One AI system, measured' : `${n} AI systems, each measured`} against the provisions that apply to it by its roles, lifecycle stage and facts.`, '');
  if (n > 1) {
    out.push('| system | manifest | requirements | recommendations | all |', '| --- | --- | ---: | ---: | ---: |');
    for (const s of report.systems) {
      out.push(`| ${mdText(s.system.name)} | ${link(s.manifest, fileHref(s.manifest, options))} | ${countText(s.coverage.requirements)} | ${countText(s.coverage.recommendations)} | ${countText(s.coverage.all)} |`);
    }
    out.push('');
  }
  for (const s of report.systems) out.push(...system(s, report, options));
  out.push(
    '---',
    '',
    `Provision titles are ours. Quoted text is from the ${link(report.code.title, report.code.url)} (${mdText(report.code.publisher)}, ${report.code.date}); the Code's own words are the quotations only. ${mdText(report.code.attribution)} Licence: ${link(report.code.licenceUrl, report.code.licenceUrl)}.`,
    '',
  );
  return out.join('\n');
}

function system(s: SystemReport, report: CoverageReport, options: RenderOptions): string[] {
  const out: string[] = [`## ${mdHeading(s.system.name)}`, ''];
  if (s.system.description) out.push(mdLine(s.system.description), '');
  const next = s.outlook.find((o) => o.next);
  out.push(
    `- **Manifest:** ${link(s.manifest, fileHref(s.manifest, options))}`,
    `- **Owner:** ${s.system.owner ? mdText(s.system.owner) : 'not stated'}`,
    `- **Roles:** ${s.system.roles ? s.system.roles.join(', ') : 'not stated (all roles assumed)'}`,
    `- **Lifecycle stage:** ${s.system.lifecycle ?? 'not stated (read as maintenance)'}${next ? ` (next: ${next.stage})` : ''}`,
    `- **As of:** ${report.asOf ?? 'no date given (freshness not judged)'}`,
    '',
    '### Coverage',
    '',
    '| provisions | addressed | applicable | coverage |',
    '| --- | ---: | ---: | ---: |',
  );
  const line = (label: string, c: { addressed: number; applicable: number }) => `| ${label} | ${c.addressed} | ${c.applicable} | ${percent(c) === undefined ? '\u2013' : `${percent(c)} %`} |`;
  out.push(line('requirements (shall)', s.coverage.requirements), line('recommendations (should)', s.coverage.recommendations), line('all applicable provisions', s.coverage.all), '');
  const c = s.findings.counts;
  out.push(
    `Upcoming (they apply, but only from a later lifecycle stage): ${s.coverage.upcoming}. Findings in this manifest: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.information} information, ${plural(c.hint, 'hint')}.`,
    '',
    '### By principle',
    '',
    '| principle | requirements | recommendations | all |',
    '| --- | ---: | ---: | ---: |',
  );
  for (const p of s.principles) out.push(`| ${p.number}. ${mdText(p.title)} | ${shortCount(p.coverage.requirements)} | ${shortCount(p.coverage.recommendations)} | ${shortCount(p.coverage.all)} |`);
  out.push('');

  const gaps = s.principles.flatMap((p) => p.provisions).filter((r) => r.state !== 'addressed');
  out.push('### Gaps', '');
  if (gaps.length === 0) out.push('Every applicable provision is addressed.', '');
  else out.push(`${plural(gaps.length, 'applicable provision')} not yet addressed, each with the Code's words.`, '');
  for (const r of gaps) {
    out.push(`#### ${r.id} ${mdHeading(r.title)}`, '', `${capital(rowVerbText(r))} · **${STATE_LABEL[r.state]}** · ${mdText(statusText(r))}`, '', `> \u201c${mdText(r.quote)}\u201d`, '');
    const items = [...detailItems(r, options), ...r.findings.map((f) => `line ${f.line}, ${f.severity} (${mdText(f.code)}): ${mdText(f.message)}`)];
    if (items.length) out.push(...items.map((i) => `- ${i}`), '');
  }

  out.push('### Waivers', '');
  if (s.waivers.length === 0) out.push('No applicable provision is risk-accepted.', '');
  else {
    out.push('| provision | approved by | expiry | justification |', '| --- | --- | --- | --- |');
    for (const w of s.waivers) {
      out.push(`| ${w.provision} ${mdText(w.title)} | ${w.approvedBy ? mdText(w.approvedBy) : 'not stated'} | ${w.expired ? '**' : ''}${mdText(waiverTimeText(w))}${w.expired ? '**' : ''} | ${w.justification ? mdText(w.justification) : 'none given'} |`);
    }
    out.push('');
  }

  out.push('### Next lifecycle stages', '');
  if (s.outlook.length === 0) out.push('The system is at the last stage of its life.', '');
  else {
    for (const o of s.outlook) {
      const what = o.provisions.length
        ? o.provisions.map((p) => `${p.id} ${mdText(p.title)} (${p.modal}${p.status ? `; already ${mdText(p.status)}` : ''})`).join(', ')
        : 'nothing further becomes due';
      out.push(`- **${o.stage}**${o.next ? ' (next)' : ''}: ${what}.`);
    }
    out.push('');
  }

  out.push('### Provisions', '');
  for (const p of s.principles) {
    const pr = catalogue().principles[p.number - 1]!;
    out.push(`#### Principle ${p.number}: ${mdHeading(p.title)}`, '', `${pr.phase} · requirements ${countText(p.coverage.requirements)} · recommendations ${countText(p.coverage.recommendations)}${p.coverage.upcoming ? ` · ${p.coverage.upcoming} upcoming` : ''}`, '');
    if (p.provisions.length === 0) {
      out.push('None of its provisions applies now.', '');
      continue;
    }
    out.push('| # | provision | verb | state | entry | evidence | owner and dates |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const r of p.provisions) {
      const ev = r.evidence.map((e) => evidenceMd(e, options)).join('<br>') || (r.metByInventory ? link('assets', fileHref(s.manifest, options)) : '');
      const facts = entryFacts(r).map((f) => `${f.label} ${mdText(f.value)}`).join('<br>');
      out.push(`| ${r.id} | ${mdText(r.title)} | ${r.modal} | ${STATE_LABEL[r.state]} | ${mdText(statusText(r))} | ${ev} | ${facts} |`);
    }
    out.push('');
  }

  out.push('### Findings', '');
  if (s.findings.items.length === 0) out.push('The check reports nothing in this manifest.', '');
  else {
    out.push('| line | severity | code | message |', '| ---: | --- | --- | --- |');
    for (const f of s.findings.items) out.push(`| ${f.line} | ${f.severity} | ${mdText(f.code)} | ${mdText(f.message)} |`);
    out.push('');
  }
  return out;
}

/** Evidence, justification, notes and dates of a gap, one list item each. */
function detailItems(r: ProvisionRow, options: RenderOptions): string[] {
  const items: string[] = [];
  if (r.evidence.length) items.push(`evidence: ${r.evidence.map((e) => evidenceMd(e, options)).join(', ')}`);
  for (const f of entryFacts(r)) items.push(`${f.label}: ${mdText(f.value)}`);
  if (r.justification) items.push(`justification: ${mdText(r.justification)}`);
  if (r.notes) items.push(`notes: ${mdText(r.notes)}`);
  return items;
}

function evidenceMd(e: EvidenceRef, options: RenderOptions): string {
  const href = evidenceHref(e, options);
  if (!href) return `${mdText(e.ref)} (not linked: ${mdText(notLinkedReason(e))})`;
  const note = e.kind === 'file' && e.found === false ? ' (not found)' : e.kind === 'url' && !e.secure ? ' (http, not https)' : '';
  return `${link(e.ref, href)}${note}`;
}
