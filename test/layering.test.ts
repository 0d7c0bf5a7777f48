/**
 * The core (server/src/core) is a headless library in layers: this test reads its import graph
 * and fails when the core imports an editor, the file system, processes or the network, or when
 * its parts import each other in a cycle or upwards. The imports are read with TypeScript's own
 * pre-processor, as in test/file-access.test.ts: static imports, type-only imports, re-exports,
 * require() and import() alike. `eslint.config.mjs` has the same bans for the core, so that an
 * editor shows them as they are typed.
 *
 * The intended direction, from the adapters down; a part may import its own layer's other
 * parts (without a cycle) and any layer below, never one above:
 *
 *   adapters (lsp/, cli/, host/, client/)      outside the core
 *   service.ts, project.ts, config.ts          the language-service facade over the public surface,
 *                                              and the project configuration file
 *   index.ts                                   the core's public surface
 *   features/, report/, oscal/                 editor features, coverage reports, OSCAL documents
 *   engine/                                    analyse a document: parse → model → rules → severity → sort
 *   rules/                                     one module per check; each reports, and offers its fixes
 *   model/                                     what rules and features read: contexts, facts, states, paths
 *   parse/, cards/, catalogue/, util/,         parsers, the card tables and card parser, the Code,
 *   schema.ts, placeholders.ts, text.ts,       helpers, the manifest schema, the tool's placeholder text,
 *   types.ts                                   text positions, plain types
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { listFiles, rel, repoRoot } from './helpers';

const coreRoot = path.join(repoRoot, 'server', 'src', 'core');

/** The layers, top first. A part is a folder of the core, or a file at its top level (by name). */
const LAYERS: string[][] = [
  ['service', 'project', 'config'],
  ['index'],
  ['features', 'report', 'oscal'],
  ['engine'],
  ['rules'],
  ['model'],
  ['parse', 'cards', 'catalogue', 'util', 'schema', 'placeholders', 'text', 'types'],
];

/** Modules the core never imports: the editor and the protocol belong to the adapters, the host's services to the host. */
const BANNED = [/^vscode$/, /^vscode-languageserver(?:-[a-z]+)?(?:\/|$)/, /^(?:node:)?fs(?:\/|$)/, /^(?:node:)?child_process$/, /^(?:node:)?net$/];

interface Edge {
  from: string;
  to: string;
  /** The file that makes the edge, and what it imports. */
  file: string;
  spec: string;
}

function imports(file: string): string[] {
  return ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

/** The part of the core a file belongs to: its folder under core/, or its own name at the top. */
function partOf(file: string): string {
  const [first, ...rest] = path.relative(coreRoot, file).split(path.sep);
  return rest.length ? first! : first!.replace(/\.(ts|mts|cts|js)$/, '');
}

/** The file a relative import names (`./x`, `./x.ts`, `./x/index.ts`), if it is in the core. */
function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.startsWith(coreRoot + path.sep) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function graph(files: string[]): { edges: Edge[]; banned: string[] } {
  const edges: Edge[] = [];
  const banned: string[] = [];
  for (const file of files) {
    for (const spec of imports(file)) {
      if (BANNED.some((re) => re.test(spec))) banned.push(`${rel(repoRoot, file)} imports ${spec}`);
      if (!spec.startsWith('.')) continue;
      const target = resolve(file, spec);
      if (!target) continue;
      const from = partOf(file);
      const to = partOf(target);
      if (from !== to) edges.push({ from, to, file: rel(repoRoot, file), spec });
    }
  }
  return { edges, banned };
}

/** The cycles among parts: each strongly connected component of two or more parts (Tarjan's algorithm). */
function cycles(edges: Edge[]): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    if (!next.has(e.to)) next.set(e.to, new Set());
    next.get(e.from)!.add(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return out;
}

function layerOf(part: string): number {
  return LAYERS.findIndex((layer) => layer.includes(part));
}

/** An edge and the files that make it, for a message that says where to look. */
function explain(edges: Edge[], from: string, to: string): string {
  const why = edges.filter((e) => e.from === from && e.to === to).map((e) => `${e.file} → ${e.spec}`);
  return `${from} → ${to} (${why.slice(0, 3).join('; ')}${why.length > 3 ? `; and ${why.length - 3} more` : ''})`;
}

describe('layering of the core', () => {
  const files = listFiles(coreRoot, (name) => /\.(ts|mts|cts|js)$/.test(name));
  const { edges, banned } = graph(files);

  it('imports no editor, protocol, file system, process or network module', () => {
    assert.deepEqual(banned, [], 'the core is headless: the adapters and the host bring these in');
  });

  it('every part of the core has a layer', () => {
    const parts = [...new Set(files.map(partOf))].sort();
    assert.deepEqual(
      parts.filter((p) => layerOf(p) < 0),
      [],
      'place each new folder or top-level file in LAYERS',
    );
  });

  it('its parts form no cycle', () => {
    const found = cycles(edges).map((c) => {
      const inCycle = new Set(c);
      const within = [...new Set(edges.filter((e) => inCycle.has(e.from) && inCycle.has(e.to)).map((e) => `${e.from}\u0000${e.to}`))].sort();
      return `${c.join(', ')}:\n    ${within.map((k) => explain(edges, ...(k.split('\u0000') as [string, string]))).join('\n    ')}`;
    });
    assert.deepEqual(found, [], `these parts of the core import each other in a cycle:\n  ${found.join('\n  ')}`);
  });

  it('every import goes down the layers, or across one', () => {
    const upward = [...new Set(edges.filter((e) => layerOf(e.from) > layerOf(e.to)).map((e) => `${e.from}\u0000${e.to}`))].sort();
    assert.deepEqual(
      upward.map((k) => explain(edges, ...(k.split('\u0000') as [string, string]))),
      [],
      'these imports go up: move the code they need down, or the importing code up',
    );
  });

  it('the check sees a cycle, an upward import and a banned module when there is one', () => {
    const made = (from: string, to: string): Edge => ({ from, to, file: 'x.ts', spec: './y' });
    assert.deepEqual(cycles([made('rules', 'engine'), made('engine', 'rules'), made('engine', 'model')]), [['engine', 'rules']]);
    assert.deepEqual(cycles([made('a', 'b'), made('b', 'c'), made('c', 'a')]), [['a', 'b', 'c']]);
    assert.deepEqual(cycles([made('engine', 'rules'), made('rules', 'model')]), []);
    assert.ok(layerOf('model') > layerOf('rules'), 'model sits below rules');
    for (const spec of ['vscode', 'vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageserver-textdocument', 'fs', 'node:fs', 'node:fs/promises', 'child_process', 'node:net']) {
      assert.ok(BANNED.some((re) => re.test(spec)), spec);
    }
    for (const spec of ['zod', 'yaml', 'markdown-it', 'node:path', 'vscode-uri-like']) assert.ok(!BANNED.some((re) => re.test(spec)), spec);
    const probe = (text: string) => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
    assert.deepEqual(probe("import type { X } from '../engine/validate';"), ['../engine/validate']);
    assert.deepEqual(probe("export * from './rules/index';"), ['./rules/index']);
  });
});
