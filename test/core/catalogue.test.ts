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

describe('short titles (ours) say no more and no less than the Code', () => {
  // Issue 16: titles that misstated the provision they name.
  const title = (id: string) => catalogue().byId.get(id)!.title;
  it('7.2 and 7.2.1 are about components not well-documented or secured, not undocumented ones', () => {
    for (const id of ['7.2', '7.2.1']) assert.doesNotMatch(title(id), /undocumented/i, id);
    assert.match(title('7.2'), /poorly documented or unsecured/);
  });
  it('6.2 is about attacks through an API offered to others; rate limits are only the Code\u2019s example', () => {
    assert.doesNotMatch(title('6.2'), /rate limit/i);
    assert.match(title('6.2'), /external APIs/);
  });
  it('6.1 covers APIs, models, data and pipelines; 6.5 both plans and their testing; 13.1 disposal on transfer', () => {
    assert.doesNotMatch(title('6.1'), /^Access control for AI pipelines$/);
    assert.match(title('6.5'), /recovery/);
    assert.match(title('13.1'), /disposal/i);
    assert.doesNotMatch(title('13.1'), /handover/i);
  });
});
