/**
 * The report model and its renderers, over small manifests in memory: the counts are the
 * analysis's, waivers and the lifecycle outlook are dated correctly, evidence resolves as the
 * checker resolves it, and text from a manifest cannot inject markup into Markdown or HTML.
 */
import * as assert from 'node:assert/strict';
import MarkdownIt, { type Token } from 'markdown-it';
import {
  analyzeManifest,
  catalogue,
  coverageReport,
  provision,
  renderCycloneDx,
  renderHtml,
  renderMarkdown,
  systemReport,
  type ManifestAnalysis,
  type WorkspaceHost,
} from '../../server/src/core/index';

const TODAY = '2026-11-25';

/** A workspace of a few files, in memory. */
function memoryHost(files: string[]): WorkspaceHost {
  const set = new Set(files);
  return {
    stat: (rel) => (set.has(rel) ? 'file' : [...set].some((f) => f.startsWith(`${rel}/`)) ? 'directory' : 'missing'),
    readText: () => undefined,
  };
}

function analyse(text: string, files: string[] = [], path = 'team/ai-security.yaml', today = TODAY): ManifestAnalysis {
  return analyzeManifest(text, { path, host: memoryHost(files), clock: { today: () => today } });
}

const DESIGN = `version: 1
system:
  name: Triage Bot
  owner: ml@example.org
  roles: [developer]
  lifecycle: design
  humanOversightIsRiskControl: false
  transferringOwnership: false
  integrations: []
assets:
  - { id: m, type: model, version: 1, confidential: false }
provisions:
  "1.1": { status: implemented, evidence: [docs/training.md#intro, "https://example.org/t", "http://example.org/old", ../../etc/passwd, "javascript:alert(1)", docs/missing.md], reviewed: 2026-10-01 }
  "2.1": { status: risk-accepted, justification: Business case agreed with the board last year., approvedBy: cto@example.org, expires: 2026-12-01 }
  "2.2": { status: risk-accepted, justification: Adversarial testing is booked for next quarter., approvedBy: cto@example.org, expires: 2026-11-01 }
  "2.3": { status: planned, owner: ml@example.org, due: 2026-10-01 }
  "3.1": { status: partial, notes: Half of the threat model is written., due: 2027-01-31 }
  "6.1": { status: planned, owner: ml@example.org, due: 2027-06-30 }
`;

describe('report model', () => {
  const analysis = analyse(DESIGN, ['team/docs/training.md']);
  const report = systemReport(analysis);
  const rows = report.principles.flatMap((p) => p.provisions);
  const row = (id: string) => rows.find((r) => r.id === id)!;

  it('counts exactly what the analysis counts, overall and summed over the principles', () => {
    const c = analysis.coverage;
    assert.deepEqual(report.coverage, {
      all: { applicable: c.applicable, addressed: c.addressed },
      requirements: c.byVerb.shall,
      recommendations: c.byVerb.should,
      upcoming: c.upcoming,
    });
    const sum = (k: 'all' | 'requirements' | 'recommendations', f: 'applicable' | 'addressed') => report.principles.reduce((n, p) => n + p.coverage[k][f], 0);
    for (const k of ['all', 'requirements', 'recommendations'] as const) {
      assert.equal(sum(k, 'applicable'), report.coverage[k].applicable, `${k} applicable`);
      assert.equal(sum(k, 'addressed'), report.coverage[k].addressed, `${k} addressed`);
    }
    assert.equal(report.principles.reduce((n, p) => n + p.coverage.upcoming, 0), c.upcoming);
    assert.equal(rows.length, c.applicable, 'one row per applicable provision');
    assert.ok(c.upcoming > 0, 'a design-stage system has upcoming provisions');
  });

  it('lists only applicable provisions, each with the Code\u2019s exact words', () => {
    for (const r of rows) {
      assert.equal(r.quote, provision(r.id)!.quote);
      assert.ok(['addressed', 'open', 'expired', 'missing'].includes(r.state));
    }
    // 6.1 is a Secure Development provision: not due at design, so it is upcoming, not a row.
    assert.equal(rows.find((r) => r.id === '6.1'), undefined);
  });

  it('resolves evidence as the checker does: relative to the manifest, inside the workspace', () => {
    const ev = row('1.1').evidence;
    assert.deepEqual(ev[0], { kind: 'file', ref: 'docs/training.md#intro', path: 'team/docs/training.md', fragment: 'intro', found: true });
    assert.deepEqual(ev[1], { kind: 'url', ref: 'https://example.org/t', url: 'https://example.org/t', secure: true });
    assert.deepEqual(ev[2], { kind: 'url', ref: 'http://example.org/old', url: 'http://example.org/old', secure: false });
    assert.equal(ev[3]!.kind, 'unusable', '.. out of the workspace is never linked');
    assert.equal(ev[4]!.kind, 'unusable', 'a javascript: URL is never linked');
    assert.deepEqual(ev[5], { kind: 'file', ref: 'docs/missing.md', path: 'team/docs/missing.md', found: false });
    assert.equal(row('1.1').reviewed, '2026-10-01');
  });

  it('dates waivers: a live one with the days left, a lapsed one as expired', () => {
    const live = report.waivers.find((w) => w.provision === '2.1')!;
    assert.equal(live.expired, false);
    assert.equal(live.daysLeft, 6);
    assert.equal(live.approvedBy, 'cto@example.org');
    assert.equal(live.state, 'addressed');
    const lapsed = report.waivers.find((w) => w.provision === '2.2')!;
    assert.equal(lapsed.expired, true);
    assert.equal(lapsed.daysLeft, -24);
    assert.equal(lapsed.state, 'expired');
    assert.equal(row('2.3').overdue, true);
    assert.equal(row('3.1').overdue, undefined);
  });

  it('a waiver counts only with an approver and a real expiry date', () => {
    const base = DESIGN.replace(/^ {2}"2\.[12]".*\n/gm, '');
    const waiver = (fields: string) => analyse(`${base}  "2.1": { status: risk-accepted, justification: Business case agreed with the board last year.${fields} }\n`, ['team/docs/training.md']);
    const state = (fields: string) => systemReport(waiver(fields)).principles.flatMap((p) => p.provisions).find((r) => r.id === '2.1')!.state;
    const counted = waiver(', approvedBy: cto@example.org, expires: 2027-06-30').coverage.addressed;
    assert.equal(state(', approvedBy: cto@example.org, expires: 2027-06-30'), 'addressed');
    for (const fields of ['', ', approvedBy: cto@example.org', ', expires: 2027-06-30', ', approvedBy: cto@example.org, expires: 2025-06-31', ', approvedBy: cto@example.org, expires: never', ', approvedBy: " ", expires: 2027-06-30']) {
      assert.equal(state(fields), 'missing', fields);
      assert.equal(waiver(fields).coverage.addressed, counted - 1, fields);
    }
    // "never" is one finding (its form), not a second about the calendar.
    assert.deepEqual(waiver(', approvedBy: cto@example.org, expires: never').findings.filter((f) => f.code === 'invalid-value' && f.message.includes('expires')).map((f) => f.message), ['provisions."2.1".expires: expected a date written as YYYY-MM-DD.']);
  });

  it('an implemented entry whose every evidence path fails is not addressed, and its row carries the findings', () => {
    const base = DESIGN.replace(/^ {2}"1\.1".*\n/m, '');
    const entry = (evidence: string) => analyse(`${base}  "1.1": { status: implemented, evidence: [${evidence}], reviewed: 2026-10-01 }\n`, ['team/docs/training.md']);
    const rowOf = (a: ManifestAnalysis) => systemReport(a).principles.flatMap((p) => p.provisions).find((r) => r.id === '1.1')!;
    const failing = entry('docs/missing.md, ../../outside.md');
    assert.equal(rowOf(failing).state, 'missing');
    assert.deepEqual(rowOf(failing).findings.map((f) => f.code).sort(), ['evidence-not-found', 'evidence-outside-workspace']);
    assert.equal(failing.coverage.addressed, entry('docs/training.md').coverage.addressed - 1);
    // One piece found is enough to count; the missing one is still on the row.
    const mixed = entry('docs/training.md, docs/missing.md');
    assert.equal(rowOf(mixed).state, 'addressed');
    assert.deepEqual(rowOf(mixed).findings.map((f) => f.code), ['evidence-not-found']);
    // An http URL is a warning, not missing evidence.
    assert.equal(rowOf(entry('"http://example.org/training"')).state, 'addressed');
  });

  it('CycloneDX: a provision met by the inventory says what was checked and claims no confidence', () => {
    const inventory = `version: 1
system: { name: Inv, owner: a@example.org, roles: [developer, system-operator], lifecycle: deployment }
assets:
  - { id: m, type: model, version: 1, shared: true, sha256: "${'a'.repeat(64)}" }
  - { id: ocr, type: software, version: 2, external: true, wellDocumented: false, justification: Sole supplier., riskAssessment: "https://example.org/ra", sharedWithEndUsers: "https://example.org/docs" }
  - { id: web, type: dataset, version: 3, public: true, origin: { url: "https://example.org/data", obtained: 2026-01-01 } }
provisions: {}
`;
    const bom = JSON.parse(renderCycloneDx(coverageReport([analyse(inventory)]))) as {
      declarations: { attestations: { map: { requirement: string; conformance: { score: number; rationale: string }; confidence?: unknown }[] }[] };
    };
    const map = new Map(bom.declarations.attestations[0]!.map.map((m) => [m.requirement.split('/').pop()!, m]));
    for (const id of ['5.1', '5.2', '7.2', '7.2.1', '7.2.2', '7.3', '8.1.2', '8.2', '8.2.1']) {
      const m = map.get(id)!;
      assert.equal(m.confidence, undefined, id);
      assert.match(m.conformance.rationale, /Checked: .* Not checked: /, id);
    }
    assert.match(map.get('7.2.1')!.conformance.rationale, /Not checked: the mitigating controls/);
    assert.match(map.get('8.2')!.conformance.rationale, /Not checked: how the data was obtained/);
  });

  it('outlook: each later stage lists what becomes due there, once', () => {
    assert.deepEqual(report.outlook.map((o) => [o.stage, o.next]), [['development', true], ['deployment', false], ['maintenance', false], ['end-of-life', false]]);
    const dev = report.outlook[0]!.provisions.map((p) => p.id);
    assert.ok(dev.includes('6.1') && dev.includes('9.1'), dev.join(' '));
    assert.equal(report.outlook[0]!.provisions.find((p) => p.id === '6.1')!.status, 'planned');
    assert.ok(report.outlook[1]!.provisions.some((p) => p.id === '11.1'), 'maintenance-phase provisions fall due at deployment');
    assert.deepEqual(report.outlook[3]!.provisions.map((p) => p.id), ['13.2']);
    const all = report.outlook.flatMap((o) => o.provisions.map((p) => p.id));
    assert.equal(new Set(all).size, all.length, 'no provision is listed twice');
    // Everything counted as upcoming is in the outlook.
    const upcoming = catalogue().provisions.filter((p) => {
      const a = analysis.context.applicability.get(p.id)!;
      return a.applies && !a.due;
    });
    assert.equal(upcoming.length, report.coverage.upcoming);
    for (const p of upcoming) assert.ok(all.includes(p.id), p.id);
  });

  it('findings are counted by severity and attached to their provision', () => {
    const total = Object.values(report.findings.counts).reduce((a, b) => a + b, 0);
    assert.equal(total, analysis.findings.length);
    assert.ok(row('2.2').findings.some((f) => f.code === 'waiver-expired'));
    assert.ok(row('2.3').findings.some((f) => f.code === 'overdue'));
  });

  it('a system at end of life has no later stage', () => {
    const eol = systemReport(analyse(DESIGN.replace('lifecycle: design', 'lifecycle: end-of-life')));
    assert.deepEqual(eol.outlook, []);
  });
});

describe('report renderers: hostile text from a manifest', () => {
  const hostile = `version: 1
system:
  name: "<script>alert('name')</script> | *bold* [x](javascript:alert(1))"
  owner: "\\"><img src=x onerror=alert(1)>"
  description: "# Not a heading\\n- not a list"
  roles: [developer]
  lifecycle: design
provisions:
  "1.1": { status: not-applicable, justification: "</td></tr><script>alert(2)</script> & <b>x</b> | pipes" }
  "1.2": { status: implemented, evidence: ["docs/a b(c).md", "javascript:alert(3)", "https://example.org/x?a=<b>&c=\\"d\\""] }
`;
  const report = coverageReport([analyse(hostile, ['team/docs/a b(c).md'])]);

  it('HTML: every tag in the output is one the renderer writes, and nothing loads or runs', () => {
    const html = renderHtml(report);
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()));
    const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'section', 'dl', 'dt', 'dd', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'blockquote', 'ul', 'li', 'strong', 'br', 'footer'];
    assert.deepEqual([...tags].filter((t) => !allowed.includes(t)), []);
    assert.ok(!/<script/i.test(html) && !/<img/i.test(html) && !/<link/i.test(html));
    assert.ok(html.includes('&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;'));
    assert.ok(!/href="javascript:/i.test(html));
    assert.ok(html.includes('href="team/docs/a%20b(c).md"'), 'a path with spaces is percent-encoded');
  });

  it('Markdown: rendered (HTML allowed, as previews do), it holds no tag from the manifest and no link it did not make', () => {
    const md = renderMarkdown(report);
    const rendered = new MarkdownIt({ html: true, linkify: false }).render(md);
    assert.ok(!/<script|<img|<b>/i.test(rendered), 'no HTML from the manifest');
    assert.ok(!/href="javascript:/i.test(rendered));
    const hrefs = [...rendered.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) assert.match(h, /^(https:\/\/|team\/)/, h);
    assert.ok(rendered.includes('&lt;script&gt;alert(\'name\')&lt;/script&gt; | *bold* [x](javascript:alert(1))'), 'the name reads as written');
    assert.ok(rendered.includes('<p># Not a heading - not a list</p>'), 'a description cannot open a heading or a list');
    assert.equal((rendered.match(/<h2>/g) ?? []).length, 1, 'the name does not add headings');
  });

  it('CycloneDX: the text is data, carried as written', () => {
    const bom = JSON.parse(renderCycloneDx(report));
    assert.equal(bom.declarations.targets.components[0].name, "<script>alert('name')</script> | *bold* [x](javascript:alert(1))");
  });
});

describe('report renderers: hostile values in table cells and links', () => {
  const OWNER = 'ml | forged owner | <b>x</b> ![i](https://evil.example/i.png)';
  const APPROVER = 'cto@example.org | forged';
  const hostile = `version: 1
system:
  name: "Bot | forged name ![i](https://evil.example/i.png)"
  owner: ${JSON.stringify(OWNER)}
  description: "Reads \\u202eright to left\\u202c and \\e[2J clears"
  roles: [developer]
  lifecycle: design
provisions:
  "1.1": { status: implemented, evidence: ["https://example.org/a|b", "https://example.org/x) ![i](https://evil.example/x.png", "http://example.org/a b\\"c'<d>", "https://example.org/q?a=1&amp;b=&#41;", "javascript:alert(1)", "command:workbench.action.terminal.new", "data:text/html,<b>x</b>", "docs/a|b (c).md", "http://exa mple.org/"] }
  "2.1": { status: risk-accepted, justification: "Agreed | forged cell <!-- c --> [x](command:x)", approvedBy: ${JSON.stringify(APPROVER)}, expires: 2027-01-01 }
  "2.3": { status: planned, owner: ${JSON.stringify(OWNER)}, due: "2027-01-01 | forged" }
`;
  const report = coverageReport([analyse(hostile, ['team/docs/a|b (c).md'])]);
  const md = new MarkdownIt({ html: true, linkify: true });
  
  /** The tables of a Markdown text: rows of cells, each cell as its inline token. */
  function tables(tokens: Token[]): Token[][][] {
    const out: Token[][][] = [];
    let row: Token[] | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'table_open') out.push([]);
      else if (t.type === 'tr_open') row = [];
      else if (t.type === 'tr_close') out.at(-1)!.push(row!);
      else if ((t.type === 'th_open' || t.type === 'td_open') && row) row.push(tokens[i + 1]!);
    }
    return out;
  }
  const text = (inline: Token) => (inline.children ?? []).map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'html_inline' && c.content === '<br>' ? '\n' : '')).join('');

  it('Markdown: every row has its table\u2019s cells, each value stays in its cell, and links are only the ones made', () => {
    const tokens = md.parse(renderMarkdown(report), {});
    const all = tables(tokens);
    assert.ok(all.length >= 5);
    for (const table of all) for (const row of table) assert.equal(row.length, table[0]!.length, row.map(text).join(' | '));
    const rowOf = (id: string) => all.flat().find((r) => text(r[0]!) === id)!;
    assert.equal(text(rowOf('2.3').at(-1)!), `owner ${OWNER}\ndue 2027-01-01 | forged`, 'the owner cell holds the owner');
    const waiver = all.find((t) => text(t[0]![1]!) === 'approved by')!;
    assert.equal(text(waiver[1]![1]!), APPROVER);
    assert.equal(text(waiver[1]![3]!), 'Agreed | forged cell <!-- c --> [x](command:x)');
    const flat = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
    assert.deepEqual(flat.filter((t) => t.type === 'image'), [], 'no image');
    assert.deepEqual(flat.filter((t) => (t.type === 'html_inline' && t.content !== '<br>') || t.type === 'html_block').map((t) => t.content), [], 'no HTML but the line breaks in cells');
    const hrefs = flat.filter((t) => t.type === 'link_open').map((t) => String(t.attrGet('href')));
    for (const h of hrefs) {
      if (h.startsWith('team/')) continue;
      const u = new URL(h);
      assert.ok(['https:', 'http:'].includes(u.protocol) && ['example.org', 'www.gov.uk', 'www.nationalarchives.gov.uk'].includes(u.hostname), h);
    }
    for (const h of hrefs.filter((x) => x.startsWith('team/'))) assert.ok(['team/ai-security.yaml', 'team/docs/a%7Cb%20%28c%29.md'].includes(h), h);
    assert.ok(hrefs.includes('https://example.org/a%7Cb'), 'a pipe in a URL is encoded');
    assert.ok(hrefs.includes('https://example.org/x%29%20!%5Bi%5D%28https://evil.example/x.png'), 'a ) in a URL does not end the link');
    assert.ok(hrefs.includes('http://example.org/a%20b%22c%27%3Cd%3E'), 'nor do spaces, quotes or <');
    assert.ok(hrefs.includes('https://example.org/q?a=1&amp;b=&#41;'), 'an entity in a URL stays as written');
    assert.ok(hrefs.includes('team/docs/a%7Cb%20%28c%29.md'), 'a workspace file is linked');
    assert.ok(md.render(renderMarkdown(report)).includes('<p>Reads \\u202eright to left\\u202c and \\x1b[2J clears</p>'), 'controls and bidi overrides shown, not applied');
  });

  it('HTML: every row has its table\u2019s cells, attributes are quoted, and links are only https, http and workspace files', () => {
    const html = renderHtml(report);
    for (const table of html.match(/<table[^]*?<\/table>/g)!) {
      const widths = (table.match(/<tr[^>]*>[^]*?<\/tr>/g) ?? []).map((r) => (r.match(/<t[hd][ >]/g) ?? []).length);
      assert.equal(new Set(widths).size, 1, table.slice(0, 200));
    }
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    for (const h of hrefs) assert.match(h, /^(https?:\/\/[^\s<>"]+|team\/[^\s<>"]+)$/, h);
    for (const bad of ['javascript:', 'command:', 'data:']) assert.ok(!hrefs.some((h) => h.startsWith(bad)), bad);
    assert.ok(html.includes(`<dt>Owner</dt><dd>ml | forged owner | &lt;b&gt;x&lt;/b&gt; ![i](https://evil.example/i.png)</dd>`));
    assert.ok(!/<b>|<img|<!--/i.test(html.replace(/<style>[^]*<\/style>/, '')));
    assert.ok(html.includes('<p>Reads \\u202eright to left\\u202c and \\x1b[2J clears</p>'), 'controls and bidi overrides shown, not applied');
  });
});
