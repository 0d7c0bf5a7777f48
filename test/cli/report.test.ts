/**
 * `ai-security report`: golden output of every format on examples/, the CycloneDX BOM validated
 * against the CycloneDX 1.6 JSON schema, the HTML self-contained and its numbers equal to the
 * check's, the JSON counts equal to the analysis, every quotation equal to the catalogue, the
 * command line's files and exit codes, and the editor's report equal to the CLI's.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import MarkdownIt from 'markdown-it';
import { run, type Io } from '../../server/src/cli/main';
import { analyzeManifest, attribution, catalogue, codeUrl, coverageReport, provision, renderMarkdown, type ManifestAnalysis } from '../../server/src/core/index';
import { NodeWorkspaceHost } from '../../server/src/host/node-host';
import { assertGolden, fixturesRoot, repoRoot } from '../helpers';
import { FULL_CAPABILITIES, TestClient } from '../lsp/client';

const TODAY = '2026-11-25';

function cli(args: string[], cwd = repoRoot): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false, env: {} };
  const code = run(args, io);
  return { code, out, err };
}

function report(format: string, extra: string[] = []): string {
  const r = cli(['report', 'examples', '--today', TODAY, '--format', format, ...extra]);
  assert.equal(r.err, '');
  assert.equal(r.code, 0, 'a report is not a gate: exit 0 although the manifest has errors');
  return r.out;
}

/** The examples manifest analysed as the CLI analyses it. */
function examplesAnalysis(): ManifestAnalysis {
  const host = new NodeWorkspaceHost(repoRoot);
  return analyzeManifest(fs.readFileSync(path.join(repoRoot, 'examples', 'ai-security.yaml'), 'utf8'), { path: 'examples/ai-security.yaml', host, clock: { today: () => TODAY } });
}

function unescapeHtml(s: string): string {
  return s.replace(/&(lt|gt|quot|#39|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
}

const FORMATS: [string, string][] = [
  ['markdown', 'examples.md'],
  ['html', 'examples.html'],
  ['json', 'examples.json'],
  ['cyclonedx', 'examples.cdx.json'],
];

describe('ai-security report', () => {
  describe('examples, each format (golden)', () => {
    for (const [format, file] of FORMATS) {
      it(format, () => assertGolden(`cli/report/${file}`, report(format)));
    }

    it('Markdown is the default format', () => {
      assert.equal(cli(['report', 'examples', '--today', TODAY]).out, report('markdown'));
    });
  });

  describe('CycloneDX', () => {
    const bom = JSON.parse(report('cyclonedx'));

    it('validates against the CycloneDX 1.6 JSON schema', () => {
      const dir = path.join(fixturesRoot, 'schemas', 'cyclonedx');
      const load = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      // Formats the schema uses that ajv-formats does not define (RFC 3987 IRIs, RFC 6531 e-mail).
      ajv.addFormat('iri-reference', (s: string) => !/[\s<>"{}|\\^`]/.test(s) && URL.canParse(s, 'http://base.invalid/'));
      ajv.addFormat('idn-email', (s: string) => /^[^\s@]+@[^\s@]+$/.test(s));
      // The library renamed the files and their $refs but kept the $ids: register them where the refs point.
      for (const f of ['spdx.SNAPSHOT.schema.json', 'jsf-0.82.SNAPSHOT.schema.json']) ajv.addSchema({ ...load(f), $id: `http://cyclonedx.org/schema/${f}` });
      const validate = ajv.compile(load('bom-1.6.SNAPSHOT.schema.json'));
      // (Validating a copy: ajv's type guard would narrow the BOM itself to unknown.)
      assert.ok(validate(structuredClone(bom)), JSON.stringify(validate.errors, null, 1));
      // The validator is live: a BOM that breaks the schema fails.
      assert.equal(validate({ ...bom, declarations: { ...bom.declarations, claims: [{ target: 1 }] } }), false);
      assert.equal(validate({ ...bom, serialNumber: 'not-a-uuid' }), false);
    });

    it('defines the Code as a standard: 13 principles and 72 provisions, each quoted exactly, with the attribution', () => {
      const [std] = bom.definitions.standards;
      assert.equal(bom.definitions.standards.length, 1);
      assert.equal(std.name, catalogue().source.title);
      assert.equal(std.owner, catalogue().source.publisher);
      assert.ok(std.description.includes(attribution()), 'the OGL attribution travels with the text');
      assert.ok(std.externalReferences.some((r: { type: string; url: string }) => r.type === 'website' && r.url === codeUrl()));
      assert.ok(std.externalReferences.some((r: { type: string; url: string }) => r.type === 'license' && r.url === catalogue().source.licenceUrl));
      const reqs = std.requirements as { 'bom-ref': string; identifier: string; title: string; text?: string; parent?: string }[];
      assert.equal(reqs.length, 13 + 72);
      const provisions = reqs.filter((r) => r.parent);
      assert.deepEqual(provisions.map((r) => r.identifier), catalogue().provisions.map((p) => p.id));
      for (const r of provisions) {
        const p = provision(r.identifier)!;
        assert.equal(r.text, p.quote, `${r.identifier}: the Code's exact words`);
        assert.equal(r.title, p.title);
        const parent = reqs.find((x) => x['bom-ref'] === r.parent)!;
        assert.equal(parent.identifier, `Principle ${p.principle}`);
        assert.equal(parent.parent, undefined, 'principles are top-level');
      }
    });

    it('every bom-ref is unique and every reference resolves', () => {
      const refs: string[] = [];
      const walk = (v: unknown) => {
        if (Array.isArray(v)) v.forEach(walk);
        else if (v && typeof v === 'object') {
          for (const [k, x] of Object.entries(v)) {
            if (k === 'bom-ref') refs.push(String(x));
            walk(x);
          }
        }
      };
      walk(bom);
      assert.equal(new Set(refs).size, refs.length, 'unique bom-refs');
      const known = new Set(refs);
      const d = bom.declarations;
      const uses: string[] = [];
      for (const c of d.claims) uses.push(c.target, ...(c.evidence ?? []), ...(c.counterEvidence ?? []), ...(c.mitigationStrategies ?? []));
      for (const a of d.attestations) {
        uses.push(a.assessor);
        for (const m of a.map) uses.push(m.requirement, ...(m.claims ?? []), ...(m.counterClaims ?? []), ...(m.conformance.mitigationStrategies ?? []));
      }
      for (const r of bom.definitions.standards[0].requirements) if (r.parent) uses.push(r.parent);
      assert.deepEqual(uses.filter((u) => !known.has(u)), []);
    });

    it('attests each applicable provision once, with a claim, a score and its rationale', () => {
      const analysis = examplesAnalysis();
      const [att] = bom.declarations.attestations;
      assert.equal(att.map.length, analysis.coverage.applicable);
      const byId = new Map<string, { claims?: string[]; counterClaims?: string[]; conformance: { score: number; rationale: string }; confidence?: unknown }>(
        att.map.map((m: { requirement: string }) => [m.requirement.split('/').pop()!, m]),
      );
      for (const [id, m] of byId) {
        assert.equal((m.claims ?? []).length + (m.counterClaims ?? []).length, 1, id);
        assert.ok(m.conformance.rationale.length > 10, id);
      }
      assert.equal([...byId.values()].filter((m) => m.conformance.score === 1).length, analysis.coverage.addressed - 1, 'addressed, less the one live waiver (9.2.1), score 1');
      assert.equal(byId.get('9.2.1')!.conformance.score, 0, 'a waiver accepts a gap; it does not close it');
      assert.equal(byId.get('6.4')!.conformance.score, 0);
      assert.deepEqual(byId.get('12.2')!.counterClaims, ['claim:examples/ai-security.yaml#12.2'], 'no entry: a counter-claim');
      // The inventory's fields are the manifest's statements: no confidence is claimed for them
      // either, and the rationale says what was checked and what was not.
      assert.equal(byId.get('5.1')!.confidence, undefined, 'no confidence for a provision met by the inventory');
      assert.match(byId.get('5.2')!.conformance.rationale, /Checked: every asset states a version\. Not checked: /);
      assert.equal(byId.get('1.1')!.confidence, undefined, 'no confidence where it only saw that evidence exists');
      assert.ok(att.summary.includes('60 of 65 applicable provisions addressed'));
    });

    it('is reproducible: the same inputs and --today give the same BOM; the serial number follows the content', () => {
      assert.equal(report('cyclonedx'), report('cyclonedx'));
      assert.match(bom.serialNumber, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(bom.metadata.timestamp, `${TODAY}T00:00:00Z`);
      const later = JSON.parse(cli(['report', 'examples', '--today', '2026-11-26', '--format', 'cyclonedx']).out);
      assert.notEqual(later.serialNumber, bom.serialNumber);
      const now = JSON.parse(cli(['report', 'examples', '--format', 'cyclonedx']).out);
      assert.match(now.metadata.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    });
  });

  describe('HTML', () => {
    const html = report('html');

    it('is one self-contained file: no stylesheet, script, image or frame to load', () => {
      assert.ok(!/<link\b/i.test(html), 'no <link>');
      assert.ok(!/<script\b/i.test(html), 'no <script>');
      assert.ok(!/<(img|iframe|object|embed|video|audio|source)\b/i.test(html), 'no embedded media');
      assert.ok(!/\bsrc\s*=/i.test(html), 'no src attribute');
      assert.ok(!/@import|url\(/i.test(html), 'no CSS that loads anything');
      assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      // Links are for the reader: to the Code, the licence, and the workspace's own files.
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) {
        if (/^https:\/\//.test(href!)) continue;
        const file = decodeURIComponent(unescapeHtml(href!).split('#')[0]!);
        assert.ok(fs.existsSync(path.join(repoRoot, file)), `${href} is a file of the workspace, relative to where the report is read`);
      }
    });

    it('reads well printed: a print stylesheet that prints link targets and keeps principles whole', () => {
      const print = html.slice(html.indexOf('@media print'));
      assert.match(print, /a\[href\]::after \{ content: " <" attr\(href\) ">"/);
      assert.match(print, /section\.principle, \.gap \{ break-inside: avoid; \}/);
      assert.match(print, /tr \{ break-inside: avoid; \}/);
      assert.match(print, /thead \{ display: table-header-group; \}/);
    });

    it('every number in it is the one the check reports', () => {
      const check = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'json']).out);
      const file = check.files.find((f: { path: string }) => f.path === 'examples/ai-security.yaml');
      const analysis = examplesAnalysis();
      const v = analysis.coverage.byVerb;
      assert.deepEqual(file.coverage, { applicable: analysis.coverage.applicable, addressed: analysis.coverage.addressed, upcoming: analysis.coverage.upcoming });
      const row = (label: string) => {
        const m = new RegExp(`<td>${label.replace(/[()]/g, '\\$&')}</td><td class="num">(\\d+)</td><td class="num">(\\d+)</td><td class="num">(\\d+) %`).exec(html);
        assert.ok(m, label);
        return { addressed: Number(m[1]), applicable: Number(m[2]), percent: Number(m[3]) };
      };
      const pct = (a: number, b: number) => Math.floor((a * 100) / b);
      assert.deepEqual(row('all applicable provisions'), { addressed: file.coverage.addressed, applicable: file.coverage.applicable, percent: pct(file.coverage.addressed, file.coverage.applicable) });
      assert.deepEqual(row('requirements (shall)'), { ...v.shall, percent: pct(v.shall.addressed, v.shall.applicable) });
      assert.deepEqual(row('recommendations (should)'), { ...v.should, percent: pct(v.should.addressed, v.should.applicable) });
      assert.match(html, new RegExp(`Upcoming \\(they apply, but only from a later lifecycle stage\\): ${file.coverage.upcoming}\\.`));
      const sev = (s: string) => file.diagnostics.filter((d: { severity: string }) => d.severity === s).length;
      assert.match(html, new RegExp(`Findings in this manifest: ${sev('error')} errors?, ${sev('warning')} warnings?, ${sev('information')} information, ${sev('hint')} hints?\\.`));
      // The principle table sums to the totals.
      const principles = [...html.matchAll(/<tr><td>(\d+)\. [^<]*<\/td><td class="num">([^<]*)<\/td><td class="num">([^<]*)<\/td><td class="num">([^<]*)<\/td><\/tr>/g)];
      assert.equal(principles.length, 13);
      const sum = (i: number) =>
        principles.reduce((acc, m) => {
          const [a, b] = m[i] === '\u2013' ? [0, 0] : m[i]!.split('/').map(Number);
          return { addressed: acc.addressed + a!, applicable: acc.applicable + b! };
        }, { addressed: 0, applicable: 0 });
      assert.deepEqual(sum(2), v.shall);
      assert.deepEqual(sum(3), v.should);
      assert.deepEqual(sum(4), { addressed: file.coverage.addressed, applicable: file.coverage.applicable });
      // One findings row per finding of the check, at the check's line.
      const lines = [...html.matchAll(/<tr><td class="num">(\d+)<\/td><td>(error|warning|information|hint)<\/td><td>([^<]*)<\/td>/g)].map((m) => `${m[1]}:${m[3]}`);
      assert.deepEqual(lines, file.diagnostics.map((d: { code: string; range: { start: { line: number } } }) => `${d.range.start.line + 1}:${d.code}`));
    });
  });

  describe('JSON', () => {
    const json = JSON.parse(report('json'));

    it('has a versioned shape and the analysis\u2019s counts', () => {
      assert.equal(json.format, 'ai-security-coverage-report');
      assert.equal(json.version, 1);
      assert.equal(json.asOf, TODAY);
      assert.equal(json.code.attribution, attribution());
      const analysis = examplesAnalysis();
      const c = analysis.coverage;
      const [s] = json.systems;
      assert.equal(json.systems.length, 1);
      assert.equal(s.manifest, 'examples/ai-security.yaml');
      assert.deepEqual(s.coverage, { all: { applicable: c.applicable, addressed: c.addressed }, requirements: c.byVerb.shall, recommendations: c.byVerb.should, upcoming: c.upcoming });
      const rows = s.principles.flatMap((p: { provisions: unknown[] }) => p.provisions);
      assert.equal(rows.length, c.applicable);
      assert.equal(rows.filter((r: { state: string }) => r.state === 'addressed').length, c.addressed);
      assert.equal(s.findings.items.length, analysis.findings.length);
      assert.deepEqual(s.waivers.map((w: { provision: string; daysLeft: number }) => [w.provision, w.daysLeft]), [['9.2.1', 126]]);
      assert.deepEqual(s.outlook.map((o: { stage: string; provisions: { id: string }[] }) => [o.stage, o.provisions.map((p) => p.id)]), [['maintenance', []], ['end-of-life', ['13.2']]]);
    });
  });

  it('every quotation of the Code, in every format, is the catalogue\u2019s text', () => {
    const quotes = (pairs: [string, string][], format: string) => {
      assert.ok(pairs.length > 0, `${format} quotes the Code`);
      for (const [id, text] of pairs) assert.equal(text, provision(id)!.quote, `${format} ${id}`);
    };
    // Markdown, as a reader sees it: rendered, each gap's heading followed by its blockquote.
    const rendered = new MarkdownIt().render(report('markdown'));
    quotes([...rendered.matchAll(/<h4>(\d+(?:\.\d+)+) [^<]*<\/h4>\s*<p>[^]*?<\/p>\s*<blockquote>\s*<p>\u201c([^]*?)\u201d<\/p>/g)].map((m) => [m[1]!, unescapeHtml(m[2]!)]), 'markdown');
    const html = report('html');
    quotes([...html.matchAll(/<blockquote class="quote" data-provision="([^"]+)">\u201c([^]*?)\u201d<\/blockquote>/g)].map((m) => [m[1]!, unescapeHtml(m[2]!)]), 'html');
    const json = JSON.parse(report('json'));
    quotes(json.systems[0].principles.flatMap((p: { provisions: { id: string; quote: string }[] }) => p.provisions.map((r) => [r.id, r.quote])), 'json');
    const bom = JSON.parse(report('cyclonedx'));
    quotes(bom.definitions.standards[0].requirements.filter((r: { text?: string }) => r.text).map((r: { identifier: string; text: string }) => [r.identifier, r.text]), 'cyclonedx');
    for (const text of [report('markdown'), html]) assert.ok(unescapeHtml(text.replace(/\\(.)/g, '$1')).includes(attribution()), 'with the attribution');
  });

  describe('command line', () => {
    let dir: string;
    const manifest = (name: string, extra = '') =>
      `version: 1\nsystem:\n  name: ${name}\n  owner: a@example.org\n  roles: [developer]\n  lifecycle: design\nassets:\n  - { id: m, type: model, version: 1 }\nprovisions:\n  "1.1": { status: implemented, evidence: [docs/training.md] }\n${extra}`;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-report-'));
      for (const s of ['alpha', 'beta']) {
        fs.mkdirSync(path.join(dir, s, 'docs'), { recursive: true });
        fs.writeFileSync(path.join(dir, s, 'docs', 'training.md'), '# Training\n');
      }
      fs.writeFileSync(path.join(dir, 'alpha', 'ai-security.yaml'), manifest('Alpha'));
      fs.writeFileSync(path.join(dir, 'beta', 'ai-security.yml'), manifest('Beta', '  "2.1": { status: risk-accepted, justification: Accepted by the board for now., approvedBy: b@example.org, expires: 2026-01-31 }\n'));
      fs.mkdirSync(path.join(dir, 'out'));
      fs.mkdirSync(path.join(dir, 'empty'));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('several manifests make one document covering all', () => {
      const r = cli(['report', '--today', TODAY], dir);
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^# Coverage report/);
      assert.equal((r.out.match(/^# /gm) ?? []).length, 1, 'one document');
      assert.match(r.out, /^## Alpha$/m);
      assert.match(r.out, /^## Beta$/m);
      assert.match(r.out, /\| Alpha \| \[alpha\/ai-security\.yaml\]\(alpha\/ai-security\.yaml\) \|/);
      assert.match(r.out, /2\.1 Business need and risk assessment \| b\\@example\.org \| \*\*expired on 2026-01-31, 298 days ago\*\*/);
      const json = JSON.parse(cli(['report', '--today', TODAY, '--format', 'json'], dir).out);
      assert.deepEqual(json.systems.map((s: { manifest: string }) => s.manifest), ['alpha/ai-security.yaml', 'beta/ai-security.yml']);
      const bom = JSON.parse(cli(['report', '--today', TODAY, '--format', 'cyclonedx'], dir).out);
      assert.equal(bom.declarations.attestations.length, 2);
      assert.equal(bom.definitions.standards.length, 1);
    });

    it('--output writes the file, with links relative to its folder', () => {
      const r = cli(['report', 'alpha', '--today', TODAY, '--format', 'html', '--output', 'out/report.html'], dir);
      assert.equal(r.code, 0, r.err);
      const { coverage } = JSON.parse(cli(['check', 'alpha', '--today', TODAY, '--format', 'json'], dir).out).files[0];
      assert.equal(r.out, `Wrote out/report.html: 1 system, ${coverage.addressed} of ${coverage.applicable} applicable provisions addressed.\n`);
      const html = fs.readFileSync(path.join(dir, 'out', 'report.html'), 'utf8');
      assert.ok(html.includes('href="../alpha/docs/training.md"'), 'evidence linked from the report\u2019s folder');
      assert.ok(html.includes('href="../alpha/ai-security.yaml"'));
      const md = cli(['report', '--today', TODAY], path.join(dir, 'alpha')).out;
      assert.ok(md.includes('[docs/training.md](docs/training.md)'), 'standard output: links relative to the current folder');
    });

    it('refuses an --output in a folder that does not exist, and other usage errors, with exit 2', () => {
      const cases = [
        ['report', '--output', 'no/such/folder/report.md'],
        ['report', '--output', 'out'],
        ['report', '--format', 'pdf'],
        ['report', '--bogus'],
        ['report', 'empty'],
        ['report', 'no-such-dir'],
        ['report', '--today', '2026-02-30'],
        ['report', '/'],
      ];
      for (const args of cases) {
        const r = cli(args, dir);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '');
        // One line; a mistake in the command line is followed by the command's usage line.
        assert.match(r.err, /^ai-security: [^\n]*\n(?:Usage: ai-security report \[paths\.\.\.\] \[options\]\n)?$/, r.err);
      }
      assert.ok(!fs.existsSync(path.join(dir, 'no')), 'nothing written');
      assert.match(cli(['report', '--output', 'no/such/folder/report.md'], dir).err, /the folder no\/such\/folder does not exist/);
      assert.match(cli(['frobnicate'], dir).err, /commands: check, report, explain, init/);
    });
  });

  describe('the editor\u2019s report', () => {
    it('is the same Markdown report, with evidence linked by file URI, or from the folder the client names', async () => {
      const client = TestClient.inProcess({ clock: { today: () => TODAY } });
      try {
        const ws = path.join(repoRoot, 'examples');
        await client.initialize(FULL_CAPABILITIES, pathToFileURL(ws).toString());
        const uri = pathToFileURL(path.join(ws, 'ai-security.yaml')).toString();
        const host = new NodeWorkspaceHost(ws);
        const analysis = analyzeManifest(fs.readFileSync(path.join(ws, 'ai-security.yaml'), 'utf8'), { path: 'ai-security.yaml', host, clock: { today: () => TODAY } });
        const render = (fileHref: (rel: string) => string) => renderMarkdown(coverageReport([analysis]), { fileHref });

        const byUri = await client.request<string>('aiSecurity/coverageReport', { uri });
        assert.equal(byUri, render((rel) => pathToFileURL(path.join(ws, rel)).toString()));
        assert.ok(byUri.includes(`(${pathToFileURL(path.join(ws, 'docs', 'security-training.md')).toString()}#by-role)`));
        assert.ok(byUri.includes('| all applicable provisions | 60 | 65 | 92 % |'));

        // VS Code's client names its first workspace folder: links are "/" paths from there.
        const fromWs = await client.request<string>('aiSecurity/coverageReport', { uri, linkRoot: pathToFileURL(ws).toString() });
        assert.equal(fromWs, render((rel) => `/${rel}`));
        assert.ok(fromWs.includes('[docs/security-training.md#by-role](/docs/security-training.md#by-role)'));
        const fromRepo = await client.request<string>('aiSecurity/coverageReport', { uri, linkRoot: pathToFileURL(repoRoot).toString() });
        assert.ok(fromRepo.includes('[docs/security-training.md#by-role](/examples/docs/security-training.md#by-role)'));
      } finally {
        client.conn.dispose();
      }
    });
  });
});
