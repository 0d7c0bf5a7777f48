/**
 * The starter manifest writes the name and owner it is given as YAML scalars that read back as
 * exactly that text, whatever they hold: no line break, `: `, `#`, quote or indicator in them can
 * add a key, end the value early or make it another type, and the header comment stays one line.
 */
import * as assert from 'node:assert/strict';
import { analyzeManifest } from '../../server/src/core/index';
import { starterManifest } from '../../server/src/core/features/report';
import { assertStarterReadsBack, HOSTILE_NAMES } from './starter-cases';

describe('starter manifest: the name and owner read back exactly', () => {
  for (const value of HOSTILE_NAMES) {
    it(JSON.stringify(value), () => {
      const text = starterManifest({ name: value, owner: value, roles: ['developer'], lifecycle: 'design', today: '2026-06-01' });
      assertStarterReadsBack(text, value, value);
    });
  }

  it('plain names stay plain', () => {
    const text = starterManifest({ name: 'Claims Assistant', owner: 'ai@example.org', roles: ['developer'], lifecycle: 'design', today: '2026-06-01' });
    assert.ok(text.includes('\n  name: Claims Assistant\n  owner: ai@example.org\n'));
  });
});

describe('starter manifest: facts it does not know', () => {
  it('leaves transferringOwnership and integrations unstated, as comments, so 13.1 and 2.6 stay planned', () => {
    const text = starterManifest({ name: 'Claims Assistant', owner: 'ai@example.org', roles: ['developer'], lifecycle: 'design', today: '2026-06-01' });
    // Writing false or [] would drop 13.1 and 2.6 without the user saying so.
    assert.doesNotMatch(text, /^ {2}transferringOwnership:/m);
    assert.doesNotMatch(text, /^ {2}integrations:/m);
    assert.match(text, /^ {2}# transferringOwnership: false +# .*\(13\.1\)$/m);
    assert.match(text, /^ {2}# integrations: \[\] +# .*\(2\.6\)/m);
    for (const id of ['2.6', '13.1', '3.2']) assert.match(text, new RegExp(`^ {2}"${id.replace('.', '\\.')}":`, 'm'), `${id} is planned`);
    const analysis = analyzeManifest(text, { path: 'ai-security.yaml', clock: { today: () => '2026-06-01' } });
    assert.equal(analysis.context.applicability.get('13.1')!.applies, true);
    assert.deepEqual(analysis.findings.filter((f) => f.severity === 'error'), []);
  });
});
