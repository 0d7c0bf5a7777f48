/**
 * One module opens, lists and writes files: server/src/host/files.ts, where every read is
 * confined, non-blocking and capped, and every write goes through a temporary file and never
 * through a link. This test fails when any other module under server/src imports the file
 * system, so that the next read or write that skips those guards is caught by a tool and not by
 * a user. The imports are read with TypeScript's own pre-processor: static imports, re-exports,
 * require() and import() alike.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { listFiles, rel, repoRoot } from './helpers';

/** The modules allowed to import the file system, each with the reason. */
const ALLOWED: Record<string, string> = {
  'server/src/host/files.ts': 'the guarded reads and writes themselves',
};

const FS_MODULES = new Set(['fs', 'node:fs', 'fs/promises', 'node:fs/promises']);

function fsImports(file: string): string[] {
  const info = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((m) => FS_MODULES.has(m));
}

describe('file access', () => {
  const sources = listFiles(path.join(repoRoot, 'server', 'src'), (name) => /\.(ts|mts|cts|js)$/.test(name));

  it('only host/files.ts imports node:fs', () => {
    const offenders = sources.filter((f) => !(rel(repoRoot, f) in ALLOWED) && fsImports(f).length > 0).map((f) => rel(repoRoot, f));
    assert.deepEqual(offenders, [], 'these modules import the file system: read and write through server/src/host/files.ts');
  });

  it('the check sees every form of import, and each allowed module still needs its entry', () => {
    const probe = (text: string) => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName).filter((m) => FS_MODULES.has(m));
    assert.deepEqual(probe("import * as fs from 'node:fs';"), ['node:fs']);
    assert.deepEqual(probe("import { readFileSync } from 'fs';"), ['fs']);
    assert.deepEqual(probe("export { readFile } from 'node:fs/promises';"), ['node:fs/promises']);
    assert.deepEqual(probe("const fs = require('fs');"), ['fs']);
    assert.deepEqual(probe("const fs = await import('node:fs');"), ['node:fs']);
    assert.deepEqual(probe("import path from 'node:path'; // 'node:fs' in a comment"), []);
    for (const allowed of Object.keys(ALLOWED)) assert.ok(fsImports(path.join(repoRoot, allowed)).length > 0, `${allowed} is listed but imports no file system: drop it from ALLOWED`);
  });
});
