/** The SARIF 2.1.0 schema fixture (see its README), and the CLI run in process, for the SARIF and baseline tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { run, type Io } from '../../server/src/cli/main';
import { fixturesRoot, repoRoot } from '../helpers';

export const sarifSchemaDir = path.join(fixturesRoot, 'schemas', 'sarif');

export function cli(args: string[], cwd = repoRoot): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: Io = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd, isTty: false, env: {} };
  return { code: run(args, io), out, err };
}

let validator: ReturnType<Ajv2020['compile']> | undefined;

/** The schema's complaints about a log, as "path message" lines; none when it is valid SARIF 2.1.0. */
export function validateSarif(log: unknown): string[] {
  if (!validator) {
    // The fixture is written in JSON Schema 2020-12 (see its README), hence Ajv's 2020 validator.
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(fs.readFileSync(path.join(sarifSchemaDir, 'sarif-schema-2.1.0.json'), 'utf8')));
  }
  return validator(log) ? [] : (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
