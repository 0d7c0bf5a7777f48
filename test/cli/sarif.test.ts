/**
 * SARIF output against the SARIF 2.1.0 JSON schema (a fixture, with its provenance beside it),
 * and what GitHub code scanning needs of it.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { attribution, provision } from '../../server/src/core/index';
import { FINGERPRINT_NAME } from '../../server/src/cli/formatters/sarif';
import { fixturesRoot, listFiles, rel } from '../helpers';
import { cli, sarifSchemaDir, validateSarif } from './sarif-schema';

const TODAY = '2026-11-25';
const schemaDir = sarifSchemaDir;

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri: string; shortDescription: { text: string }; fullDescription?: { text: string }; help: { text: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
      partialFingerprints: Record<string, string>;
      baselineState?: string;
    }[];
    automationDetails?: unknown;
    originalUriBaseIds: Record<string, { uri?: string }>;
  }[];
}

describe('sarif', () => {
  describe('the schema fixture', () => {
    it('is the file its README names, byte for byte', () => {
      const readme = fs.readFileSync(path.join(schemaDir, 'README.md'), 'utf8');
      const stated = /SHA-256 of the file: `([0-9a-f]{64})`/.exec(readme)?.[1];
      assert.ok(stated, 'the README states the digest');
      const actual = createHash('sha256').update(fs.readFileSync(path.join(schemaDir, 'sarif-schema-2.1.0.json'))).digest('hex');
      assert.equal(actual, stated);
    });

    it('rejects what SARIF 2.1.0 forbids, so a pass means something', () => {
      const log = JSON.parse(cli(['check', 'examples', '--today', TODAY, '--format', 'sarif']).out) as SarifLog;
      assert.deepEqual(validateSarif(log), []);
      const badLevel = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
      badLevel.runs[0]!.results[0]!.level = 'fatal';
      assert.notDeepEqual(validateSarif(badLevel), []);
      const noMessage = structuredClone(log) as unknown as { runs: { results: Record<string, unknown>[] }[] };
      delete noMessage.runs[0]!.results[0]!.message;
      assert.notDeepEqual(validateSarif(noMessage), []);
      assert.notDeepEqual(validateSarif({ ...log, version: '2.0.0' }), []);
    });
  });

  describe('output', () => {
    let log: SarifLog;
    before(() => {
      // Every fixture at once, named one by one (few are called ai-security.yaml): every code the
      // tool has, manifests and model cards, broken files too.
      const files = listFiles(fixturesRoot, (name) => /\.(ya?ml|md)$/.test(name)).map((f) => rel(fixturesRoot, f)).filter((f) => !f.startsWith('schemas/') && !fs.lstatSync(path.join(fixturesRoot, f)).isSymbolicLink());
      const r = cli(['check', ...files, '--root', fixturesRoot, '--today', TODAY, '--format', 'sarif', '--fail-on', 'never'], fixturesRoot);
      assert.equal(r.code, 0, r.err);
      log = JSON.parse(r.out) as SarifLog;
    });

    it('validates against the SARIF 2.1.0 schema, over every fixture', () => {
      assert.ok(log.runs[0]!.results.length > 1000, `${log.runs[0]!.results.length} results`);
      assert.deepEqual(validateSarif(log), []);
    });

    it('ruleId is the code; every rule has a helpUri and a one-line short description', () => {
      const rules = log.runs[0]!.tool.driver.rules;
      assert.ok(rules.length > 40);
      for (const res of log.runs[0]!.results) assert.equal(rules[res.ruleIndex]!.id, res.ruleId);
      for (const rule of rules) {
        assert.match(rule.helpUri, /^https:\/\//, rule.id);
        assert.ok(rule.shortDescription.text.length > 0 && rule.shortDescription.text.length <= 160 && !rule.shortDescription.text.includes('\n'), rule.id);
      }
    });

    it('quotes the Code exactly, with its attribution', () => {
      for (const rule of log.runs[0]!.tool.driver.rules) {
        const p = provision(rule.id);
        if (!p) continue;
        assert.equal(rule.fullDescription?.text, p.quote);
        assert.ok(rule.help.text.includes(p.quote) && rule.help.text.endsWith(attribution()), rule.id);
      }
    });

    it('gives every result its own fingerprint, under a versioned name and the one GitHub reads', () => {
      const seen = new Map<string, string>();
      for (const res of log.runs[0]!.results) {
        const fp = res.partialFingerprints[FINGERPRINT_NAME]!;
        assert.match(fp, /^[0-9a-f]{32}$/);
        assert.equal(res.partialFingerprints.primaryLocationLineHash, fp);
        const where = `${res.locations[0]!.physicalLocation.artifactLocation.uri} ${res.ruleId} ${res.message.text}`;
        assert.ok(!seen.has(fp), `${where} shares a fingerprint with ${seen.get(fp)}`);
        seen.set(fp, where);
      }
      assert.match(FINGERPRINT_NAME, /\/v\d+$/, 'a versioned hierarchical name (SARIF §3.27.17)');
    });

    it('locates results by URIs relative to the root that name real files, with no automationDetails', () => {
      const run0 = log.runs[0]!;
      assert.equal(run0.automationDetails, undefined, 'upload-sarif sets it from its category input only when absent');
      assert.deepEqual(Object.keys(run0.originalUriBaseIds), ['%SRCROOT%']);
      assert.equal(run0.originalUriBaseIds['%SRCROOT%']!.uri, undefined, 'no machine-specific absolute path');
      for (const res of run0.results) {
        const loc = res.locations[0]!.physicalLocation.artifactLocation;
        assert.equal(loc.uriBaseId, '%SRCROOT%');
        assert.doesNotMatch(loc.uri, /^[a-z][a-z0-9+.-]*:|^\/|(^|\/)\.\.(\/|$)|[#?]/i, loc.uri);
        assert.ok(fs.statSync(path.join(fixturesRoot, ...decodeURIComponent(loc.uri).split('/'))).isFile(), loc.uri);
      }
    });

    it('percent-encodes file names that would read as a fragment or a scheme', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-sarif-'));
      try {
        const odd = path.join(dir, 'a#b c:d');
        fs.mkdirSync(odd);
        fs.writeFileSync(path.join(odd, 'ai-security.yaml'), 'version: 1\n');
        const r = cli(['check', '--today', TODAY, '--format', 'sarif'], dir);
        const l = JSON.parse(r.out) as SarifLog;
        assert.equal(l.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri, 'a%23b%20c%3Ad/ai-security.yaml');
        assert.deepEqual(validateSarif(l), []);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
