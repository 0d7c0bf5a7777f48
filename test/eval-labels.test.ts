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
    fs.rmSync(root, { recursive: true, force: true });
  });
});
