/**
 * The editor features: each handler finds the document's analysis, asks the language service's
 * answer and converts it to the protocol's types (convert.ts). None analyses anything itself, and
 * each runs through `guard`, so that whatever a document holds, the request is answered.
 */
import { CodeActionKind, ErrorCodes, MarkupKind, ResponseError, type CodeAction, type Connection, type Diagnostic, type SymbolInformation, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Finding, TextEdit as CoreEdit } from '../core/index';
import { Commands } from '../protocol';
import type { Entry } from './cache';
import type { ClientFeatures } from './capabilities';
import { fromDiagnostic, stripMarkdown, symbolKind, toCompletion, toSymbol, toTextEdit } from './convert';
import { guard } from './guard';
import { fileUri } from './workspace';

export interface HandlerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  client: () => ClientFeatures;
  /** An open document's entry with its full analysis, or undefined when it is not checked. */
  analysis(uri: string): Promise<Entry | undefined>;
}

/** The most actions a quick-fix menu on one line lists (VS Code shows about that many unscrolled). */
export const MENU_LIMIT = 12;

/** The client command each kind of command fix runs. */
const COMMAND_OF = { 'create-manifest': 'createManifest' } as const;

export function registerHandlers({ connection, documents, client, analysis }: HandlerContext): void {
  connection.onHover(
    guard(connection, 'hover', () => null, async (params) => {
      const h = (await analysis(params.textDocument.uri))?.analysis?.hover(params.position);
      if (!h) return null;
      return { contents: client().markdownHover ? { kind: MarkupKind.Markdown, value: h.contents } : { kind: MarkupKind.PlainText, value: stripMarkdown(h.contents) }, range: h.range };
    }),
  );

  connection.onCompletion(
    guard(connection, 'completion', () => [], async (params) => {
      const items = (await analysis(params.textDocument.uri))?.analysis?.completion(params.position) ?? [];
      return items.filter((c) => !c.snippet || client().snippetCompletion).map((c) => toCompletion(c, client().markdownCompletion, client().isVsCode));
    }),
  );

  connection.onCodeAction(
    guard(connection, 'codeAction', () => [], async (params) => {
      const entry = await analysis(params.textDocument.uri);
      const a = entry?.analysis;
      if (!entry || !a) return [];
      const wanted = params.context.only;
      if (wanted && !wanted.some((k) => CodeActionKind.QuickFix.startsWith(k) || k.startsWith(CodeActionKind.QuickFix))) return [];
      const doc = documents.get(params.textDocument.uri)!;
      const edit = (edits: CoreEdit[]) => ({
        documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(e, client().snippetEdits)) }],
      });
      const singles: { action: CodeAction; missingProvision: boolean }[] = [];
      const asked: { d: Diagnostic; finding: Finding }[] = [];
      for (const d of params.context.diagnostics) {
        let finding = fromDiagnostic(d);
        if (!finding) continue;
        // A client that drops `data` still gets fixes: match the finding by code and range.
        if (!finding.data) finding = entry.findings.find((f) => f.code === d.code && sameRange(f.range, d.range)) ?? finding;
        asked.push({ d, finding });
        for (const fix of a.fixes(finding)) {
          const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [d], ...(fix.isPreferred ? { isPreferred: true } : {}) };
          if (fix.edits.length) action.edit = edit(fix.edits);
          if (fix.command) {
            // A fix that runs an editor command: only for a client that has the command.
            if (!client().clientCommands) continue;
            action.command = { title: fix.title, command: Commands[COMMAND_OF[fix.command]], arguments: [{ target: doc.uri }] };
          }
          singles.push({ action, missingProvision: finding.data?.kind === 'missing-provision' });
        }
      }
      const bulk: CodeAction[] = a.fixAll(asked.map((x) => x.finding)).map((all) => ({
        title: all.fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: asked.filter((x) => all.findings.includes(x.finding)).map((x) => x.d),
        edit: edit(all.fix.edits),
      }));
      if (singles.length + bulk.length <= MENU_LIMIT) return [...singles.map((s) => s.action), ...bulk];
      // A crowded line: in a fresh manifest every missing provision is reported on `provisions:`,
      // three fixes each, some seventy in all. The menu there opens with the bulk fixes (preferred,
      // so that VS Code, which sorts preferred actions first, keeps them on top) and the fixes of
      // the other findings, at most a dozen. A request for quick fixes alone (`only`: VS Code's
      // Problems panel, scripts) still gets every single fix, after the bulk ones; so does
      // completion under `provisions:`, which offers the missing provisions first.
      const plain = (s: { action: CodeAction }) => ({ ...s.action, isPreferred: false });
      if (wanted) return [...bulk.map((b) => ({ ...b, isPreferred: true })), ...singles.map(plain)];
      return [...bulk.map((b) => ({ ...b, isPreferred: true })), ...singles.filter((s) => !s.missingProvision).map(plain)].slice(0, MENU_LIMIT);
    }),
  );

  connection.onDefinition(
    guard(connection, 'definition', () => [], async (params) => {
      const entry = await analysis(params.textDocument.uri);
      const targets = entry?.analysis?.definition(params.position) ?? [];
      const root = entry?.root;
      const start = { line: 0, character: 0 };
      return targets.flatMap((t) =>
        'range' in t ? [{ uri: params.textDocument.uri, range: t.range }] : root ? [{ uri: fileUri(root, t.path), range: { start, end: start } }] : [],
      );
    }),
  );

  connection.onReferences(
    guard(connection, 'references', () => [], async (params) => {
      const ranges = (await analysis(params.textDocument.uri))?.analysis?.references(params.position, params.context.includeDeclaration) ?? [];
      return ranges.map((range) => ({ uri: params.textDocument.uri, range }));
    }),
  );

  connection.onPrepareRename(
    guard(connection, 'prepareRename', () => null, async (params) => (await analysis(params.textDocument.uri))?.analysis?.prepareRename(params.position) ?? null),
  );

  connection.onRenameRequest(
    guard(connection, 'rename', () => null, async (params) => {
      const a = (await analysis(params.textDocument.uri))?.analysis;
      const doc = documents.get(params.textDocument.uri);
      if (!a || !doc) return null;
      const edits = a.rename(params.position, params.newName);
      // The editor shows the message: a name that is no asset ID, or one already taken.
      if ('error' in edits) return new ResponseError(ErrorCodes.InvalidParams, edits.error);
      return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: edits.map((e) => toTextEdit(e, false)) }] };
    }),
  );

  connection.onDocumentSymbol(
    guard(connection, 'documentSymbol', () => [], async (params) => {
      const symbols = (await analysis(params.textDocument.uri))?.analysis?.symbols() ?? [];
      if (client().hierarchicalSymbols) return symbols.map(toSymbol);
      const flat: SymbolInformation[] = [];
      const walk = (list: DocumentSymbol[], container?: string) => {
        for (const s of list) {
          flat.push({ name: s.name, kind: symbolKind(s), location: { uri: params.textDocument.uri, range: s.range }, ...(container ? { containerName: container } : {}) });
          if (s.children) walk(s.children, s.name);
        }
      };
      walk(symbols);
      return flat;
    }),
  );

  connection.onCodeLens(
    guard(connection, 'codeLens', () => [], async (params) => {
      const lenses = (await analysis(params.textDocument.uri))?.analysis?.lenses() ?? [];
      return lenses.map((l) => ({
        range: l.range,
        command: client().clientCommands ? { title: l.title, command: Commands.showCoverage, arguments: [params.textDocument.uri] } : { title: l.title, command: '' },
      }));
    }),
  );

  connection.onDocumentLinks(
    guard(connection, 'documentLinks', () => [], async (params) => {
      const entry = await analysis(params.textDocument.uri);
      const root = entry?.root;
      // Outside the workspace folders a path has nowhere to lead.
      if (!entry?.analysis || !root) return [];
      return entry.analysis.links().map((l) => ({
        range: l.range,
        target: 'url' in l.target ? l.target.url : fileUri(root, l.target.path),
        ...(l.tooltip ? { tooltip: l.tooltip } : {}),
      }));
    }),
  );

  connection.onFoldingRanges(
    guard(connection, 'foldingRanges', () => [], async (params) => {
      const folds = (await analysis(params.textDocument.uri))?.analysis?.folding() ?? [];
      return folds.map((f) => ({ startLine: f.startLine, endLine: f.endLine, kind: 'region' }));
    }),
  );
}

function sameRange(a: { start: { line: number; character: number }; end: { line: number; character: number } }, b: typeof a): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
