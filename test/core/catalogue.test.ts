/**
 * The generated catalogue is checked against its schema here (and by the generator), not at
 * every start of the tool: this is where a bad regeneration or a hand edit of
 * data.generated.ts fails.
 */
import * as assert from 'node:assert/strict';
import { catalogue } from '../../server/src/core/index';
import { catalogueData } from '../../server/src/core/catalogue/data.generated';
import { validateCatalogue } from '../../server/src/core/catalogue/schema';

describe('catalogue data', () => {
  it('passes its schema: 13 principles, 72 provisions, each number once', () => {
    const checked = validateCatalogue(catalogueData);
    assert.deepEqual(checked, catalogueData, 'the schema neither drops nor changes anything');
    assert.equal(catalogue().principles.length, 13);
    assert.equal(catalogue().provisions.length, 72);
  });

  it('the schema refuses a bad provision, an unknown field and a number given twice', () => {
    const copy = () => JSON.parse(JSON.stringify(catalogueData)) as typeof catalogueData;
    const badId = copy();
    badId.principles[0]!.provisions[0]!.id = '1.x';
    assert.throws(() => validateCatalogue(badId));
    const extra = copy();
    (extra.principles[0]!.provisions[0] as unknown as Record<string, unknown>).note = 'x';
    assert.throws(() => validateCatalogue(extra));
    const twice = copy();
    twice.principles[1]!.provisions[0]!.id = twice.principles[0]!.provisions[0]!.id;
    assert.throws(() => validateCatalogue(twice), /duplicate provision number 1\.1/);
  });
});
