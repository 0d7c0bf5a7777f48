/**
 * The bookkeeping of labelling a held-out batch twice (eval/labels.ts): where two labellers
 * differ, how their labels and a third reader's merge, and how a copied card shows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compare, formatDisagreements, formatLabels, merge, overlap, parseLabels } from '../eval/labels';

const tsv = (...rows: string[]) => ['slug\titem\texpected\tnote', ...rows].join('\n') + '\n';

describe('eval: labelling a batch twice', () => {
  const one = parseLabels(tsv('a\t4.5\tpresent\tOut-of-scope heading', 'a\t9.3\tabsent\tno results', 'b\t4.5\tabsent\tdoubtful: only a licence badge'));
  const two = parseLabels(tsv('a\t4.5\tpresent\tsentence in Uses', 'a\t9.3\tpresent\tdoubtful: a loss curve', 'b\t4.5\tabsent\tnothing barred', 'b\t9.3\tabsent\tno scores'));

  it('lists every label the two differ on, a row only one wrote included', () => {
    const c = compare(one, two);
    assert.equal(c.total, 4);
    assert.equal(c.agree, 2);
    assert.deepEqual(c.differ.map((d) => d.key), ['a\t9.3', 'b\t9.3']);
    assert.equal(formatDisagreements(c.differ).split('\n')[2], 'b\t9.3\tmissing\t\tabsent\tno scores');
  });

  it('refuses to merge while a difference is unsettled', () => {
    const m = merge(one, two, parseLabels(tsv('a\t9.3\tabsent\tthe loss curve is not a finding')));
    assert.deepEqual(m.unsettled, ['b\t9.3']);
  });

  it("keeps agreed labels (doubtful if either labeller said so) and the third reader's where they differ", () => {
    const m = merge(one, two, parseLabels(tsv('a\t9.3\tabsent\tthe loss curve is not a finding', 'b\t9.3\tabsent\tno scores')));
    assert.deepEqual(m.unsettled, []);
    assert.equal(
      formatLabels(m.labels),
      tsv('a\t4.5\tpresent\tOut-of-scope heading', 'a\t9.3\tabsent\tthe loss curve is not a finding [adjudicated]', 'b\t4.5\tabsent\tdoubtful: only a licence badge', 'b\t9.3\tabsent\tno scores [adjudicated]'),
    );
    const flipped = merge(two, one, parseLabels(tsv('a\t9.3\tabsent\tx', 'b\t9.3\tabsent\ty')));
    assert.equal(flipped.labels.get('b\t4.5')!.note, 'doubtful: nothing barred');
  });

  it('shows a card whose lines another card holds, and not one of its own', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    const card = (dir: string, slug: string, text: string) => {
      fs.mkdirSync(path.join(root, dir, slug), { recursive: true });
      fs.writeFileSync(path.join(root, dir, slug, 'README.md'), text);
    };
    const shared = ['This model is a fine-tuned version of a base model on a dataset we made.', 'It was trained for three epochs on one GPU with a linear learning rate schedule.'];
    card('corpus', 'old', shared.join('\n') + '\n');
    card('batch', 'copy', [...shared, 'A third long line that only this card has, about its intended use.'].join('\n'));
    card('batch', 'fresh', 'A card in words of its own, which no other card shares with it at all.\nshort\n');
    const res = overlap(path.join(root, 'batch'), [path.join(root, 'corpus'), path.join(root, 'batch')]);
    const by = Object.fromEntries(res.map((r) => [r.slug, r]));
    assert.equal(by.copy!.lines, 3);
    assert.ok(Math.abs(by.copy!.share - 2 / 3) < 1e-9);
    assert.equal(by.copy!.with, 'corpus/old');
    assert.equal(by.fresh!.share, 0);
    assert.equal(by.copy!.same, undefined);
    assert.equal(by.fresh!.same, undefined);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('names a short card whose whole text another card has, which no long line shows', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    const card = (dir: string, slug: string, text: string) => {
      fs.mkdirSync(path.join(root, dir, slug), { recursive: true });
      fs.writeFileSync(path.join(root, dir, slug, 'README.md'), text);
    };
    // Nine short lines, as a stock adapter card has: no line is long enough to be shared.
    const stock = ['# Model', '', '## Details', '', '- Base: a router', '- Rank: 8', '', '## Use', 'See the code.'];
    card('corpus', 'old', stock.join('\n') + '\n');
    card('batch', 'again', stock.join('\r\n') + '  \r\n');
    card('batch', 'twice', stock.join('\n'));
    card('batch', 'other', [...stock.slice(0, 8), 'Ask the desk first.'].join('\n'));
    const res = overlap(path.join(root, 'batch'), [path.join(root, 'corpus')]);
    const by = Object.fromEntries(res.map((r) => [r.slug, r]));
    assert.equal(by.again!.share, 0);
    assert.equal(by.again!.same, 'corpus/old');
    assert.equal(by.twice!.same, 'corpus/old');
    assert.equal(by.other!.same, undefined);
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('names two cards of one batch that have the same text', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'labels-'));
    for (const slug of ['first', 'second']) {
      fs.mkdirSync(path.join(root, 'batch', slug), { recursive: true });
      fs.writeFileSync(path.join(root, 'batch', slug, 'README.md'), '# Model\n\nA router for the desk.\n');
    }
    fs.mkdirSync(path.join(root, 'corpus'));
    const by = Object.fromEntries(overlap(path.join(root, 'batch'), [path.join(root, 'corpus')]).map((r) => [r.slug, r]));
    assert.equal(by.first!.same, undefined);
    assert.equal(by.second!.same, 'batch/first');
    fs.rmSync(root, { recursive: true, force: true });
  });
});
