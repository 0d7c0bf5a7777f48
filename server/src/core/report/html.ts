/**
 * The report as one self-contained HTML file, to send to an auditor or print to PDF: inline CSS
 * only (with a print stylesheet), no scripts, no external assets, and a Content-Security-Policy
 * that would block them anyway. Every text from a manifest is escaped.
 */
import { catalogue } from '../catalogue/index';
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
import { percent, type Counts, type CoverageReport, type EvidenceRef, type ProvisionRow, type SystemReport } from './model';
import { visibleText } from '../util/escape';

/**
 * Escapes text for HTML content and quoted attribute values. Controls and bidirectional
 * characters are written as visible escapes (`\x1b`, `\u202e`), as in every other output;
 * tabs and line breaks are left to HTML, which reads them as spaces.
 */
export function esc(s: string): string {
  return s
    .replace(/[^\t\n\r]+/g, (run) => visibleText(run))
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function a(text: string, href: string): string {
  return `<a href="${esc(href)}">${esc(text)}</a>`;
}

const CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --ok: #1a7f37; --open: #9a6700; --gap: #cf222e; --band: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); max-width: 70rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .5rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.5rem 0 .3rem; }
p, ul { margin: .4rem 0 .8rem; }
.muted { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--band); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 600; }
.state { font-weight: 600; white-space: nowrap; }
.state-addressed { color: var(--ok); }
.state-open { color: var(--open); }
.state-missing, .state-expired { color: var(--gap); }
blockquote.quote { margin: .4rem 0 .6rem; padding: .3rem .8rem; border-left: 4px solid var(--line); background: var(--band); }
.gap { margin-bottom: 1.2rem; }
.bar { display: inline-block; width: 6rem; height: .6rem; background: var(--line); vertical-align: middle; margin-left: .4rem; }
.bar > span { display: block; height: 100%; background: var(--ok); }
footer { margin-top: 3rem; padding-top: .6rem; border-top: 1px solid var(--line); font-size: .85rem; color: var(--muted); }
a { color: #0550ae; }
@media print {
  @page { margin: 16mm 14mm; }
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-before: page; }
  section.system:first-of-type h2 { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  /* Keep a principle's table on one page where it fits; never split a row. */
  section.principle, .gap { break-inside: avoid; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  th { background: none; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " <" attr(href) ">"; font-size: .8em; color: var(--muted); word-break: break-all; }
  .bar { display: none; }
}
`;

export function renderHtml(report: CoverageReport, options: RenderOptions = {}): string {
  const title = report.systems.length === 1 ? `${report.systems[0]!.system.name}: coverage of the Code of Practice` : 'Coverage of the Code of Practice for the Cyber Security of AI';
  const body: string[] = [
    '<header>',
    '<h1>Coverage report: Code of Practice for the Cyber Security of AI</h1>',
    `<p class="muted">${report.asOf ? `As of ${esc(report.asOf)}. ` : ''}${report.systems.length === 1 ? 'One AI system, measured' : `${report.systems.length} AI systems, each measured`} against the provisions that apply to it by its roles, lifecycle stage and facts.</p>`,
    '</header>',
  ];
  if (report.systems.length > 1) {
    body.push('<table class="overview"><thead><tr><th>system</th><th>manifest</th><th class="num">requirements</th><th class="num">recommendations</th><th class="num">all</th></tr></thead><tbody>');
    for (const s of report.systems) {
      body.push(`<tr><td>${esc(s.system.name)}</td><td>${a(s.manifest, fileHref(s.manifest, options))}</td><td class="num">${esc(countText(s.coverage.requirements))}</td><td class="num">${esc(countText(s.coverage.recommendations))}</td><td class="num">${esc(countText(s.coverage.all))}</td></tr>`);
    }
    body.push('</tbody></table>');
  }
  for (const s of report.systems) body.push(...system(s, report, options));
  body.push(
    '<footer>',
    `<p>Provision titles are ours. Quoted text is from the ${a(report.code.title, report.code.url)} (${esc(report.code.publisher)}, ${esc(report.code.date)}); the Code's own words are the quotations only. ${esc(report.code.attribution)} Licence: ${a(report.code.licenceUrl, report.code.licenceUrl)}.</p>`,
    `<p>Generated by ${esc(report.generator.name)} ${esc(report.generator.version)}.</p>`,
    '</footer>',
  );
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Nothing may load or run: the file is read offline, printed, and passed around.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${esc(`${report.generator.name} ${report.generator.version}`)}">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function pct(c: Counts): string {
  const p = percent(c);
  return p === undefined ? '\u2013' : `${p} %`;
}

function bar(c: Counts): string {
  const p = percent(c);
  return p === undefined ? '' : `<span class="bar" aria-hidden="true"><span style="width: ${p}%"></span></span>`;
}

function state(r: ProvisionRow): string {
  return `<span class="state state-${r.state}">${esc(STATE_LABEL[r.state])}</span>`;
}

function system(s: SystemReport, report: CoverageReport, options: RenderOptions): string[] {
  const out: string[] = ['<section class="system">', `<h2>${esc(s.system.name)}</h2>`];
  if (s.system.description) out.push(`<p>${esc(s.system.description)}</p>`);
  const next = s.outlook.find((o) => o.next);
  out.push(
    '<dl class="facts">',
    `<dt>Manifest</dt><dd>${a(s.manifest, fileHref(s.manifest, options))}</dd>`,
    `<dt>Owner</dt><dd>${s.system.owner ? esc(s.system.owner) : 'not stated'}</dd>`,
    `<dt>Roles</dt><dd>${s.system.roles ? esc(s.system.roles.join(', ')) : 'not stated (all roles assumed)'}</dd>`,
    `<dt>Lifecycle stage</dt><dd>${esc(s.system.lifecycle ?? 'not stated (read as maintenance)')}${next ? ` (next: ${esc(next.stage)})` : ''}</dd>`,
    `<dt>As of</dt><dd>${esc(report.asOf ?? 'no date given (freshness not judged)')}</dd>`,
    '</dl>',
    '<h3>Coverage</h3>',
    '<table class="coverage"><thead><tr><th>provisions</th><th class="num">addressed</th><th class="num">applicable</th><th class="num">coverage</th></tr></thead><tbody>',
  );
  const line = (label: string, c: Counts, cls = '') => `<tr${cls ? ` class="${cls}"` : ''}><td>${esc(label)}</td><td class="num">${c.addressed}</td><td class="num">${c.applicable}</td><td class="num">${pct(c)}${bar(c)}</td></tr>`;
  out.push(line('requirements (shall)', s.coverage.requirements), line('recommendations (should)', s.coverage.recommendations), line('all applicable provisions', s.coverage.all, 'total'), '</tbody></table>');
  const c = s.findings.counts;
  out.push(
    `<p>Upcoming (they apply, but only from a later lifecycle stage): ${s.coverage.upcoming}. Findings in this manifest: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.information} information, ${plural(c.hint, 'hint')}.</p>`,
    '<h3>By principle</h3>',
    '<table class="principles"><thead><tr><th>principle</th><th class="num">requirements</th><th class="num">recommendations</th><th class="num">all</th></tr></thead><tbody>',
  );
  for (const p of s.principles) {
    out.push(`<tr><td>${p.number}. ${esc(p.title)}</td><td class="num">${shortCount(p.coverage.requirements)}</td><td class="num">${shortCount(p.coverage.recommendations)}</td><td class="num">${shortCount(p.coverage.all)}</td></tr>`);
  }
  out.push('</tbody></table>');

  const gaps = s.principles.flatMap((p) => p.provisions).filter((r) => r.state !== 'addressed');
  out.push('<h3>Gaps</h3>', `<p>${gaps.length === 0 ? 'Every applicable provision is addressed.' : `${plural(gaps.length, 'applicable provision')} not yet addressed, each with the Code's words.`}</p>`);
  for (const r of gaps) {
    out.push(
      `<div class="gap" id="${esc(`${s.manifest}#${r.id}`)}">`,
      `<h4>${r.id} ${esc(r.title)}</h4>`,
      `<p>${esc(capital(rowVerbText(r)))} · ${state(r)} · ${esc(statusText(r))}</p>`,
      `<blockquote class="quote" data-provision="${r.id}">\u201c${esc(r.quote)}\u201d</blockquote>`,
    );
    const items = [...detailItems(r, options), ...r.findings.map((f) => `line ${f.line}, ${esc(f.severity)} (${esc(f.code)}): ${esc(f.message)}`)];
    if (items.length) out.push(`<ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`);
    out.push('</div>');
  }

  out.push('<h3>Waivers</h3>');
  if (s.waivers.length === 0) out.push('<p>No applicable provision is risk-accepted.</p>');
  else {
    out.push('<table class="waivers"><thead><tr><th>provision</th><th>approved by</th><th>expiry</th><th>justification</th></tr></thead><tbody>');
    for (const w of s.waivers) {
      out.push(
        `<tr><td>${w.provision} ${esc(w.title)}</td><td>${w.approvedBy ? esc(w.approvedBy) : 'not stated'}</td><td${w.expired ? ' class="state state-expired"' : ''}>${esc(waiverTimeText(w))}</td><td>${w.justification ? esc(w.justification) : 'none given'}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }

  out.push('<h3>Next lifecycle stages</h3>');
  if (s.outlook.length === 0) out.push('<p>The system is at the last stage of its life.</p>');
  else {
    out.push('<ul>');
    for (const o of s.outlook) {
      const what = o.provisions.length ? o.provisions.map((p) => `${p.id} ${esc(p.title)} (${p.modal}${p.status ? `; already ${esc(p.status)}` : ''})`).join(', ') : 'nothing further becomes due';
      out.push(`<li><strong>${esc(o.stage)}</strong>${o.next ? ' (next)' : ''}: ${what}.</li>`);
    }
    out.push('</ul>');
  }

  out.push('<h3>Provisions</h3>');
  for (const p of s.principles) {
    const pr = catalogue().principles[p.number - 1]!;
    out.push(
      `<section class="principle" data-principle="${p.number}">`,
      `<h4>Principle ${p.number}: ${esc(p.title)}</h4>`,
      `<p class="muted">${esc(pr.phase)} · requirements ${esc(countText(p.coverage.requirements))} · recommendations ${esc(countText(p.coverage.recommendations))}${p.coverage.upcoming ? ` · ${p.coverage.upcoming} upcoming` : ''}</p>`,
    );
    if (p.provisions.length === 0) out.push('<p>None of its provisions applies now.</p>');
    else {
      out.push('<table><thead><tr><th>#</th><th>provision</th><th>verb</th><th>state</th><th>entry</th><th>evidence</th><th>owner and dates</th></tr></thead><tbody>');
      for (const r of p.provisions) {
        const ev = r.evidence.map((e) => evidenceHtml(e, options)).join('<br>') || (r.metByInventory ? a('assets', fileHref(s.manifest, options)) : '');
        const facts = entryFacts(r).map((f) => `${esc(f.label)} ${esc(f.value)}`).join('<br>');
        out.push(`<tr><td>${r.id}</td><td>${esc(r.title)}</td><td>${r.modal}</td><td>${state(r)}</td><td>${esc(statusText(r))}</td><td>${ev}</td><td>${facts}</td></tr>`);
      }
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }

  out.push('<h3>Findings</h3>');
  if (s.findings.items.length === 0) out.push('<p>The check reports nothing in this manifest.</p>');
  else {
    out.push('<table class="findings"><thead><tr><th class="num">line</th><th>severity</th><th>code</th><th>message</th></tr></thead><tbody>');
    for (const f of s.findings.items) out.push(`<tr><td class="num">${f.line}</td><td>${esc(f.severity)}</td><td>${esc(f.code)}</td><td>${esc(f.message)}</td></tr>`);
    out.push('</tbody></table>');
  }
  out.push('</section>');
  return out;
}

function detailItems(r: ProvisionRow, options: RenderOptions): string[] {
  const items: string[] = [];
  if (r.evidence.length) items.push(`evidence: ${r.evidence.map((e) => evidenceHtml(e, options)).join(', ')}`);
  for (const f of entryFacts(r)) items.push(`${esc(f.label)}: ${esc(f.value)}`);
  if (r.justification) items.push(`justification: ${esc(r.justification)}`);
  if (r.notes) items.push(`notes: ${esc(r.notes)}`);
  return items;
}

function evidenceHtml(e: EvidenceRef, options: RenderOptions): string {
  const href = evidenceHref(e, options);
  if (!href) return `${esc(e.ref)} <span class="muted">(not linked: ${esc(notLinkedReason(e))})</span>`;
  const note = e.kind === 'file' && e.found === false ? ' <span class="state state-missing">(not found)</span>' : e.kind === 'url' && !e.secure ? ' <span class="muted">(http, not https)</span>' : '';
  return `${a(e.ref, href)}${note}`;
}
