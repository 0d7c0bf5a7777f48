/**
 * The starter manifest writes the name and owner it is given as YAML scalars that read back as
 * exactly that text, whatever they hold: no line break, `: `, `#`, quote or indicator in them can
 * add a key, end the value early or make it another type, and the header comment stays one line.
 */
import * as assert from 'node:assert/strict';
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
