/**
 * The shared base of the OSCAL documents: SHA-1 and name-based UUIDs (checked against node:crypto
 * and Python's uuid.uuid5), the metadata block, the schema validator (which must reject what is
 * broken, or it proves nothing), trestle's loader (likewise), and the `oscal` command's usage.
 */
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { controlId, groupId, metadata, OSCAL_VERSION, oscalJson, provisionOfControl, sha1, uuidFor, uuidV5, UUID_NAMESPACE } from '../../server/src/core/oscal/index';
import { runCli } from '../cli/run-cli';
import { trestleLoad } from './trestle';
import { validateOscal } from './validate';

/** A document to break on purpose, one key at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any key may be set or deleted
type Loose = Record<string, any>;

/** A small catalog made with the base's metadata: one group, one control. */
function miniCatalog(): Record<string, unknown> {
  return {
    catalog: {
      uuid: uuidFor('test:mini-catalog'),
      metadata: metadata({ title: 'Mini', lastModified: '2025-01-31', version: '1', toolVersion: '0.0.0-test' }),
      groups: [{ id: groupId(1), title: 'One', controls: [{ id: controlId('1.1'), title: 'One one', parts: [{ id: `${controlId('1.1')}_smt`, name: 'statement', prose: 'Text.' }] }] }],
    },
  };
}

describe('OSCAL base: UUIDs', () => {
  it('computes SHA-1 as node:crypto does, across the padding boundaries', () => {
    for (const n of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      const data = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
      assert.equal(Buffer.from(sha1(data)).toString('hex'), createHash('sha1').update(data).digest('hex'), `${n} bytes`);
    }
    const text = new TextEncoder().encode('Organisations\u2019 \u00e9 \u{1f600}');
    assert.equal(Buffer.from(sha1(text)).toString('hex'), createHash('sha1').update(text).digest('hex'));
  });

  it('derives version-5 UUIDs as RFC 4122 does (the values are Python uuid.uuid5)', () => {
    assert.equal(uuidV5(UUID_NAMESPACE, 'catalog'), '247f27cd-7428-5b8c-8340-0182b1c7b65d');
    assert.equal(uuidFor('control:cop-5.4.2 \u00e9'), '5c8b4329-7794-53f9-88c3-47f6f1a5e53c');
    // RFC 4122's own example namespace (DNS) and name, as Python gives it.
    assert.equal(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'python.org'), '886313e1-3b8a-5372-9b90-0c9aee199e5d');
  });

  it('gives the Code\u2019s numbers ids that are OSCAL tokens, and reads them back', () => {
    const token = /^[\p{L}_][\p{L}\p{N}.\-_]*$/u;
    assert.match(groupId(13), token);
    assert.match(controlId('5.4.2'), token);
    assert.equal(provisionOfControl(controlId('5.4.2')), '5.4.2');
    assert.equal(provisionOfControl(groupId(5)), undefined);
  });
});

describe('OSCAL base: metadata, the schemas and trestle', () => {
  let tmp: string;
  before(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oscal-base-'))));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('writes metadata the catalog schema accepts, with the OSCAL version of the vendored schemas', () => {
    const doc = miniCatalog();
    assert.deepEqual(validateOscal('catalog', doc), []);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'oscal', 'schemas', 'oscal_catalog_schema.json'), 'utf8')) as { $id: string };
    assert.ok(schema.$id.includes(`/${OSCAL_VERSION}/`), schema.$id);
  });

  it('the validator rejects broken documents (an unknown key, a bad UUID, a date without a zone, a token starting with a digit, no metadata)', () => {
    const cases: [string, (c: Loose) => void, RegExp][] = [
      ['unknown key', (c) => (c.catalog.colour = 'red'), /additional properties/],
      ['bad uuid', (c) => (c.catalog.uuid = 'not-a-uuid'), /\/catalog\/uuid/],
      ['date without zone', (c) => (c.catalog.metadata['last-modified'] = '2025-01-31T00:00:00'), /last-modified/],
      ['id starts with a digit', (c) => (c.catalog.groups[0].controls[0].id = '1.1'), /controls\/0\/id/],
      ['no metadata', (c) => delete c.catalog.metadata, /metadata/],
    ];
    for (const [what, breakIt, expected] of cases) {
      const doc = miniCatalog() as Loose;
      breakIt(doc);
      const errors = validateOscal('catalog', doc);
      assert.ok(errors.length > 0, `${what}: accepted`);
      assert.match(errors.join('\n'), expected, what);
    }
  });

  it('trestle loads the document, and refuses a broken one with its own message', () => {
    const good = path.join(tmp, 'catalog.json');
    fs.writeFileSync(good, oscalJson(miniCatalog()));
    const r = trestleLoad('catalog', good);
    assert.ok(r.ok, r.error);
    assert.equal(r.summary?.model, 'Catalog');
    assert.deepEqual(r.summary?.controls, [controlId('1.1')]);
    const bad = miniCatalog() as Loose;
    bad.catalog.groups[0].controls[0].colour = 'red';
    fs.writeFileSync(path.join(tmp, 'bad.json'), oscalJson(bad));
    const refused = trestleLoad('catalog', path.join(tmp, 'bad.json'));
    assert.equal(refused.ok, false);
    assert.match(refused.error, /colour/);
  });
});

describe('OSCAL base: the oscal command', () => {
  it('needs a document to write, one of four', () => {
    const none = runCli(['oscal']);
    assert.equal(none.code, 2);
    assert.match(none.err, /catalog, profile, component-definition or assessment-results/);
    assert.equal(none.out, '');
    const wrong = runCli(['oscal', 'catalogue']);
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /not "catalogue"/);
  });

  it('refuses an option of another document rather than ignore it', () => {
    const r = runCli(['oscal', 'catalog', '--role', 'developer']);
    assert.equal(r.code, 2);
    assert.match(r.err, /--role is not an option of oscal catalog/);
  });

  it('is in the help', () => {
    const r = runCli(['oscal', '--help']);
    assert.equal(r.code, 0);
    assert.match(r.out, /Usage: ai-security oscal <catalog\|profile\|component-definition\|assessment-results>/);
  });
});
