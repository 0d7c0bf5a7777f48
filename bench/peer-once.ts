/** One validation by yaml-language-server of a file, timed; run in a child so that it can be cut off. */
import * as fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { manifestJsonSchema } from '../server/src/core/index';

const schema = manifestJsonSchema();
const ls = getLanguageService({
  schemaRequestService: async () => JSON.stringify(schema),
  workspaceContext: { resolveRelativePath: (rel: string, res: string) => new URL(rel, res).toString() },
} as Parameters<typeof getLanguageService>[0]);
ls.configure({ validate: true, schemas: [{ uri: 'file:///ai-security.schema.json', fileMatch: ['*ai-security.yaml'], schema }] });
const text = fs.readFileSync(process.argv[2]!, 'utf8');
void (async () => {
  const t0 = performance.now();
  await ls.doValidation(TextDocument.create('file:///ws/ai-security.yaml', 'yaml', 1, text), false);
  console.log(performance.now() - t0);
})();
