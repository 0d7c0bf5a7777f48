/**
 * The fast YAML reader against the `yaml` package: wherever the fast reader accepts a text, the
 * tree, ranges and problems must equal what the full parser gives (it gives up on anything else).
 * Checked on every fixture and example, the benchmark's generated manifests, and random
 * mutations of them (fast-check, fixed seed; FUZZ_RUNS runs longer). It must also accept the
 * manifests people write, or it would speed nothing up.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { ALIAS_EXPANSION_BUDGET, parseYaml } from '../../server/src/core/parse/yaml';
import { fastParse, resolvePlain } from '../../server/src/core/parse/fast-yaml';
import { manifest } from '../../bench/generate';
import { fixturesRoot, listFiles, repoRoot } from '../helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);

function assertSame(text: string, label: string): boolean {
  const accepted = fastParse(text) !== undefined;
  const fast = parseYaml(text);
  const full = parseYaml(text, { fast: false });
  assert.deepStrictEqual(fast, full, `${label}: the fast reader differs from the yaml package${accepted ? '' : ' (not even accepted)'}\n${JSON.stringify(text.slice(0, 400))}`);
  return accepted;
}

const yamlFiles = [
  ...listFiles(path.join(fixturesRoot, 'manifests'), (n) => /\.ya?ml$/.test(n)),
  ...listFiles(path.join(fixturesRoot, 'regressions'), (n) => /\.ya?ml$/.test(n)),
  ...listFiles(path.join(repoRoot, 'examples'), (n) => /\.ya?ml$/.test(n)),
];
const generated = (['S', 'M', 'L'] as const).flatMap((size) => [false, true].map((anchors) => ({ label: `generated ${size}${anchors ? ' with anchors' : ''}`, text: manifest(size, anchors) })));

describe('fast YAML reader', function () {
  this.timeout(300_000 + RUNS * 40);
  it('equals the yaml package on every fixture and example, and accepts the valid ones', () => {
    let accepted = 0;
    const refused: string[] = [];
    for (const f of yamlFiles) {
      const text = fs.readFileSync(f, 'utf8');
      const rel = path.relative(repoRoot, f);
      if (assertSame(text, rel)) accepted++;
      else if (/\/valid[^/]*\.ya?ml$/.test(rel) || rel.startsWith('examples')) refused.push(rel);
    }
    // Valid fixtures that still take the full parser use features the fast path leaves out
    // on purpose (multi-line scalars, tags, documents); more than these would mean a regression.
    assert.ok(refused.length <= 12, `the fast reader refused ${refused.length} valid fixtures:\n${refused.join('\n')}`);
    assert.ok(accepted >= yamlFiles.length / 2, `accepted only ${accepted} of ${yamlFiles.length}`);
  });

  it('accepts and equals the generated benchmark manifests, anchors and merge keys included', () => {
    for (const g of generated) assert.ok(assertSame(g.text, g.label), `${g.label} was refused`);
  });

  it('CRLF line ends: the same tree, offsets counted in the CRLF text', () => {
    for (const f of yamlFiles.slice(0, 40)) {
      const text = fs.readFileSync(f, 'utf8').replace(/\r?\n/g, '\r\n');
      assertSame(text, `${path.relative(repoRoot, f)} (CRLF)`);
    }
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    for (const s of ['~', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on', '0o17', '0o8', '017', '-12', '+12', '0x1F', '0X1F', '.inf', '-.Inf', '+.INF', '.nan', '.NaN', '1e3', '1.5E-2', '.5', '5.', '1_000', '2027-01-01', '6.4', '12.10', '1.2.3', '0', '-0', '-a', ':a', '?a']) {
      const full = parseYaml(`k: ${s}\n`, { fast: false }).root;
      const value = full?.kind === 'map' ? full.entries[0]!.value : undefined;
      assert.ok(value?.kind === 'scalar');
      assert.deepStrictEqual(resolvePlain(s), value.value, `plain scalar ${s}`);
    }
  });

  it('a large document with no aliases is read whole, not taken for an alias bomb', () => {
    const text = 'items:\n' + '  - a\n'.repeat(ALIAS_EXPANSION_BUDGET + 10_000);
    const r = parseYaml(text);
    assert.deepEqual(r.problems, []);
    assert.equal(r.root?.kind === 'map' && r.root.entries[0]!.value.kind === 'seq' && r.root.entries[0]!.value.items.length, ALIAS_EXPANSION_BUDGET + 10_000);
  });

  it('duplicate keys in small and large mappings: the same problems, in the same order', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `k${i}`);
    for (const dups of [[3], [20], [3, 20], [1, 1, 30, 39]]) {
      const lines = [...keys.map((k) => `  ${k}: 1`), ...dups.map((d) => `  "${keys[d]}": { nested: 1, nested: 2 }`)];
      const text = 'm:\n' + lines.join('\n') + '\n';
      assert.ok(assertSame(text, `duplicates ${dups.join(',')}`));
      assert.equal(parseYaml(text).problems.filter((p) => p.code === 'duplicate-key').length, dups.length * 2);
      const mixed = 'm:\n' + [lines[0]!, ...lines.slice(40), ...lines.slice(1, 40)].join('\n') + '\n';
      assert.ok(assertSame(mixed, `duplicates early ${dups.join(',')}`));
    }
  });

  it('the full parser\'s special keys: an alias to an anchored key, flow and complex keys', () => {
    const r = parseYaml('a: 1\n&k key: v\nother: *k\n[x]: 1\n? complex\n: 2\n');
    assert.deepEqual(r.problems, []);
    assert.ok(r.root?.kind === 'map');
    assert.deepEqual(r.root.entries.map((e) => e.key), ['a', 'key', 'other', '[x]', 'complex']);
    assert.equal(r.root.entries[2]!.value.kind === 'scalar' && r.root.entries[2]!.value.value, 'key');
  });

  it('implicit keys up to YAML\'s limit: the `:` at most 1,024 characters after the key starts', () => {
    // The yaml package counts from the key's first character to its `:`, the spaces before the
    // `:` included; the fast reader once measured the key alone and read keys the parser rejects.
    let over = 0;
    for (const length of [1000, 1020, 1022, 1023, 1024, 1025]) {
      for (const spaces of [0, 1, 2, 5]) {
        const key = 'k'.repeat(length);
        const quoted = `"${'q'.repeat(length - 2)}"`;
        for (const [label, text] of [
          ['plain', `${key}${' '.repeat(spaces)}: v\n`],
          ['quoted', `${quoted}${' '.repeat(spaces)}: v\n`],
          ['nested', `a:\n  ${key}${' '.repeat(spaces)}: v\n`],
          ['in a list', `- ${key}${' '.repeat(spaces)}: v\n  ${quoted}${' '.repeat(spaces)}: w\n`],
          ['in a flow mapping', `a: { ${key}${' '.repeat(spaces)}: v }\n`],
        ]) {
          assertSame(text!, `${label} key of ${length} characters and ${spaces} spaces`);
          if (length + spaces > 1024 && label !== 'in a flow mapping') {
            over++;
            assert.ok(parseYaml(text!).problems.some((p) => p.code === 'yaml-syntax' && /1024/.test(p.message)), `${label}, ${length} + ${spaces}: reported`);
          }
        }
      }
    }
    assert.ok(over > 20);
  });

  it('gives up, rather than guess, on what it does not read', () => {
    for (const text of ['a: |+\n  x\n\n', 'a: !!str 1\n', 'a: b\n  c\n', '? a\n: b\n', 'a: "x\n  y"\n', 'a: 1\n---\nb: 2\n', '%YAML 1.2\n---\na: 1\n', 'a:\n\tb: 1\n', '[a,\n b]\n', 'a: [1, 2,]\n']) {
      assert.equal(fastParse(text), undefined, JSON.stringify(text));
      assertSame(text, JSON.stringify(text));
    }
  });

  describe('random mutations', () => {
    const seeds = [...yamlFiles.filter((f) => /valid\.ya?ml$/.test(f)).slice(0, 12).map((f) => fs.readFileSync(f, 'utf8')), generated[0]!.text, generated[1]!.text];
    // Long keys: around YAML's limit of 1,024 characters from a key's start to its `:`.
    const LONG = ['k'.repeat(1018), 'k'.repeat(1023), 'k'.repeat(1024), `"${'q'.repeat(1021)}"`];
    const piece = fc.constantFrom(' ', '  ', '\n', '\r\n', ':', ': ', '- ', '-', '#', ' #', '"', "'", '[', ']', '{', '}', ',', '&a ', '*a', '<<: ', '|', '>', '|-', '---', '...', '?', '!', '%', '@', '\\', '\\u00e9', 'a', '1', '1.5', 'true', '~', 'key: value', '\u00e9', ...LONG.map((k) => `${k}: `));
    const edit = fc.record({ kind: fc.constantFrom('insert', 'delete', 'indent', 'dedent', 'duplicate-line'), at: fc.nat(), len: fc.nat({ max: 12 }), text: fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) });
    function apply(text: string, edits: { kind: string; at: number; len: number; text: string }[]): string {
      let t = text;
      for (const e of edits) {
        const at = t.length ? e.at % t.length : 0;
        const ls = t.split('\n');
        const li = at % Math.max(1, ls.length);
        if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
        else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.len);
        else {
          if (e.kind === 'indent') ls[li] = ' '.repeat(1 + (e.len % 4)) + ls[li];
          else if (e.kind === 'dedent') ls[li] = ls[li]!.replace(/^ {1,2}/, '');
          else ls.splice(li, 0, ls[(li + e.len) % ls.length]!);
          t = ls.join('\n');
        }
      }
      return t;
    }

    it(`${RUNS} mutated manifests (seed ${SEED}): equal whenever accepted`, () => {
      let clean = 0;
      let accepted = 0;
      fc.assert(
        fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
          const text = apply(seeds[i]!, edits);
          const ok = assertSame(text, 'mutation');
          if (parseYaml(text, { fast: false }).problems.length === 0) {
            clean++;
            if (ok) accepted++;
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // The mutations must exercise the fast path, not only the fallback: most texts that parse
      // cleanly must take it.
      assert.ok(accepted >= clean * 0.6, `only ${accepted} of the ${clean} mutated texts that parse cleanly took the fast path`);
    });

    it(`${RUNS} generated documents, lightly mutated (seed ${SEED}): equal whenever accepted`, () => {
      // Trees of mappings, lists and every kind of scalar, written out with varied indentation,
      // comments, anchors and aliases: what the fast reader is for, at its edges.
      const scalar = fc.oneof(
        fc.constantFrom('a', 'x y', '6.4', '12.10', '1', '-1', '0x1F', '.5', '1e3', 'true', 'False', '~', 'null', 'https://x.org/a#b', 'a:b', 'a #b', '2027-01-01', "it's", 'é', '-a', '?a', ':a', '<<'),
        fc.constantFrom('"q"', '"a\\nb"', '"\\u00e9\\x41"', '"a: b"', "'it''s'", "''", '""', '"#"'),
        fc.constantFrom('[]', '{}', '[a, b]', '[1, "2", [3]]', '{ a: 1, b: [x] }', '{"a":1}', '{ a: { b: c } }', '[*n0, x]', '{ a: *n0 }'),
      );
      type Tree = string | { map: [string, Tree][] } | { seq: Tree[] } | { block: string };
      const tree: fc.Arbitrary<Tree> = fc.letrec<{ t: Tree }>((tie) => ({
        t: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          scalar,
          fc.record({ map: fc.array(fc.tuple(fc.constantFrom('a', 'b', 'key', '"6.4"', "'q'", '6.4', '<<', 'x y', ...LONG, `${LONG[0]}        `, `${LONG[1]}  `, `${LONG[1]} `), tie('t')), { minLength: 1, maxLength: 4 }) }),
          fc.record({ seq: fc.array(tie('t'), { minLength: 1, maxLength: 4 }) }),
          fc.record({ block: fc.constantFrom('|\n  l1\n  l2', '>-\n  f1\n  f2\n\n  f3', '|\n  # not a comment\n  x', '>\n  a') }),
        ),
      })).t;
      const style = fc.record({ step: fc.constantFrom(2, 4), seqUnder: fc.boolean(), comment: fc.constantFrom('', ' # c', '\n# top', '\n  # in'), anchor: fc.boolean() });
      function write(t: Tree, ind: number, st: { step: number; seqUnder: boolean; comment: string; anchor: boolean }, out: string[], lead: string): void {
        const pad = ' '.repeat(ind);
        if (typeof t === 'string') return void out.push(lead + t + st.comment.replace(/\n.*/s, ''));
        if ('block' in t) return void out.push(lead + t.block.replace(/\n/g, '\n' + pad));
        if ('map' in t) {
          t.map.forEach(([k, v], i) => {
            const first = i === 0 && lead.trim() !== '' ? lead : i === 0 ? lead : pad;
            const anchor = st.anchor && i === 0 && typeof v !== 'string' ? ' &n' + ind : '';
            if (typeof v === 'string' || 'block' in v) write(v, ind + st.step, st, out, `${first}${k}: `);
            else {
              out.push(`${first}${k}:${anchor}`);
              write(v, 'seq' in v && st.seqUnder ? ind : ind + st.step, st, out, ' '.repeat('seq' in v && st.seqUnder ? ind : ind + st.step));
            }
            if (st.comment.startsWith('\n') && i === 0) out.push(pad + st.comment.slice(1).trim());
          });
          return;
        }
        t.seq.forEach((v, i) => {
          const first = i === 0 ? lead : pad;
          if (typeof v === 'string' || 'block' in v) write(v, ind + 2, st, out, `${first}- `);
          else write(v, ind + 2, st, out, `${first}- `);
        });
      }
      let accepted = 0;
      fc.assert(
        fc.property(tree, style, fc.array(edit, { maxLength: 1 }), (t, st, edits) => {
          const out: string[] = [];
          write(typeof t === 'string' || 'block' in t ? { map: [['k', t]] } : t, 0, st, out, '');
          let text = out.join('\n') + '\n';
          if (st.anchor && /&n0/.test(text)) text += 'alias: *n0\nmerged:\n  <<: *n0\n';
          text = apply(text, edits);
          if (assertSame(text, 'generated document')) accepted++;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      assert.ok(accepted > RUNS / 3, `only ${accepted} of ${RUNS} generated documents took the fast path`);
    });

    it(`${RUNS} small YAML-like texts (seed ${SEED}): equal whenever accepted`, () => {
      const line = fc.tuple(fc.constantFrom('', '  ', '    ', '      '), fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join('')));
      fc.assert(
        fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (ls) => {
          assertSame(ls.map(([ind, s]) => ind + s).join('\n') + '\n', 'generated');
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    });
  });
});
