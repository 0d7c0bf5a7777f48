/**
 * The `$ai-security` problem matcher (package.json, contributes.problemMatchers) over the CLI's
 * text output: run as VS Code runs a multi-line matcher (the file pattern, then the finding
 * pattern in a loop until a line does not match), it finds every finding the JSON output has,
 * with its file, line, column, severity, message and code.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../server/src/cli/main';
import { repoRoot } from '../helpers';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  code: string;
}

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const matcher = (pkg.contributes.problemMatchers as { name: string; owner: string; fileLocation: unknown; pattern: Pattern[] }[]).find((m) => m.name === 'ai-security')!;

/** VS Code's MultiLineMatcher: each pattern on the next line; the last one may loop. */
function match(text: string): Problem[] {
  const [filePattern, findingPattern] = matcher.pattern as [Pattern, Pattern];
  const fileRe = new RegExp(filePattern.regexp);
  const findingRe = new RegExp(findingPattern.regexp);
  const out: Problem[] = [];
  let file: string | undefined;
  for (const line of text.split('\n')) {
    const f = file !== undefined ? findingRe.exec(line) : null;
    if (f) {
      out.push({
        file,
        line: Number(f[findingPattern.line!]),
        column: Number(f[findingPattern.column!]),
        severity: f[findingPattern.severity!]!,
        message: f[findingPattern.message!]!,
        code: f[findingPattern.code!]!,
      } as Problem);
      continue;
    }
    const m = fileRe.exec(line);
    file = m ? m[filePattern.file!] : undefined;
  }
  return out;
}

/** What the JSON output says, in the matcher's terms (1-based; the text output's severity words). */
function expected(json: { files: { path: string; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number } } }[] }[] }): Problem[] {
  const word: Record<string, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };
  return json.files.flatMap((f) =>
    f.diagnostics.map((d) => ({ file: f.path, line: d.range.start.line + 1, column: d.range.start.character + 1, severity: word[d.severity]!, message: d.message, code: d.code })),
  );
}

function cli(args: string[], cwd = repoRoot): string {
  let out = '';
  run(args, { stdout: (s) => (out += s), stderr: () => undefined, cwd, isTty: false, env: {} });
  return out;
}

describe('the $ai-security problem matcher', () => {
  it('is contributed under the name tasks refer to, relative to the workspace folder', () => {
    assert.equal(matcher.owner, 'ai-security');
    assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
    assert.equal(matcher.pattern.at(-1)!.loop, true);
  });

  it('matches every finding of the golden text output (test/golden/cli/examples.txt)', () => {
    const golden = fs.readFileSync(path.join(repoRoot, 'test', 'golden', 'cli', 'examples.txt'), 'utf8');
    const json = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'golden', 'cli', 'examples.json'), 'utf8'));
    const got = match(golden);
    assert.equal(got.length, 7);
    assert.deepEqual(got, expected(json));
  });

  it('matches the text output over the fixtures (every severity, many files, model cards) as the JSON output has them', () => {
    // The fixtures, each manifest named as the CLI finds manifests, and the cards by --include.
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-security-matcher-'));
    try {
      const manifests = path.join(repoRoot, 'test', 'fixtures', 'manifests');
      for (const dir of fs.readdirSync(manifests)) {
        for (const f of fs.readdirSync(path.join(manifests, dir)).filter((n) => n.endsWith('.yaml'))) {
          fs.mkdirSync(path.join(work, dir, f), { recursive: true });
          fs.copyFileSync(path.join(manifests, dir, f), path.join(work, dir, f, 'ai-security.yaml'));
        }
      }
      fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'cards', 'checks'), path.join(work, 'cards'), { recursive: true });
      const args = ['check', '.', '--include', 'cards/**/*.md', '--today', '2026-11-25', '--fail-on', 'never'];
      const text = cli(args, work);
      const want = expected(JSON.parse(cli([...args, '--format', 'json'], work)));
      assert.ok(want.length > 50, `${want.length} findings`);
      for (const severity of ['error', 'warning', 'info']) assert.ok(want.some((p) => p.severity === severity), severity);
      assert.ok(new Set(want.map((p) => p.file)).size > 20, 'many files');
      assert.deepEqual(match(text), want);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  });

  it('matches the severities the text output writes', () => {
    const got = match(['examples/ai-security.yaml', '  1:1    info     A plan.  5.3', '  2:3    hint     A hint.  stale-review', '  coverage  1 of 2', ''].join('\n'));
    assert.deepEqual(
      got.map((p) => [p.severity, p.code, p.message]),
      [
        ['info', '5.3', 'A plan.'],
        ['hint', 'stale-review', 'A hint.'],
      ],
    );
  });
});
