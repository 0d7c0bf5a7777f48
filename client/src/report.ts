/**
 * The coverage report, in a webview panel of its own beside the manifest. VS Code's Markdown
 * preview showed it before, but a preview follows the active editor and opens the Markdown files
 * its links name in itself: switching to any Markdown tab, or clicking an evidence link, replaced
 * the report. This panel shows one manifest's report until it is closed, is refreshed when the
 * manifest is saved, and opens evidence beside itself at the heading or line the link names.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CoverageReportRequest } from '../../server/src/protocol';
import { commandLinks, evidenceTarget, fragmentLine, OPEN_EVIDENCE, reportPage } from './report-page';

interface Shown {
  panel: vscode.WebviewPanel;
  manifest: vscode.Uri;
  /** The Markdown the panel shows (the same as `ai-security report`), for the tests. */
  markdown: string;
}

export class CoverageReports {
  private readonly shown = new Map<string, Shown>();

  constructor(
    context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
  ) {
    context.subscriptions.push(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        const s = this.shown.get(doc.uri.toString());
        if (s) void this.render(s);
      }),
      vscode.commands.registerCommand(OPEN_EVIDENCE, (href: unknown) => (typeof href === 'string' ? openEvidence(href, this.besideReport()) : undefined)),
      { dispose: () => [...this.shown.values()].forEach((s) => s.panel.dispose()) },
    );
  }

  /** Shows the manifest's report beside the active editor, or brings its panel forward. */
  async show(manifest: vscode.Uri): Promise<void> {
    const existing = this.shown.get(manifest.toString());
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn, true);
      await this.render(existing);
      return;
    }
    const name = manifest.path.split('/').slice(-2).join('/');
    const panel = vscode.window.createWebviewPanel('aiSecurity.coverageReport', `${name} coverage`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: [OPEN_EVIDENCE],
      enableFindWidget: true,
      localResourceRoots: [],
    });
    const s: Shown = { panel, manifest, markdown: '' };
    this.shown.set(manifest.toString(), s);
    panel.onDidDispose(() => this.shown.delete(manifest.toString()));
    await this.render(s);
  }

  /**
   * The column to the right of the report whose link was clicked (the active panel, else the
   * last shown). "Beside" is relative to the active editor group, which a click inside a
   * webview does not always make the report's: evidence then opened in the report's own group.
   */
  private besideReport(): vscode.ViewColumn {
    const panels = [...this.shown.values()].map((s) => s.panel);
    const column = (panels.find((p) => p.active) ?? panels.at(-1))?.viewColumn;
    return column === undefined ? vscode.ViewColumn.Beside : column + 1;
  }

  /** The Markdown shown for a manifest, if its report is open. */
  markdownOf(manifest: string): string | undefined {
    return this.shown.get(manifest)?.markdown;
  }

  private async render(s: Shown): Promise<void> {
    const c = this.client();
    // Evidence is linked by paths from the first workspace folder, which openEvidence resolves.
    const linkRoot = vscode.workspace.workspaceFolders?.[0]?.uri.toString();
    const md = (c ? await c.sendRequest(CoverageReportRequest, { uri: s.manifest.toString(), ...(linkRoot ? { linkRoot } : {}) }).catch(() => null) : null) ?? `# No report\n\n${s.manifest.fsPath} could not be analysed.`;
    // VS Code's own Markdown renderer, the preview's: the report's text is escaped by the server.
    const html = await vscode.commands.executeCommand<string>('markdown.api.render', md).then(
      (h) => h,
      () => `<pre>${md.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'))}</pre>`,
    );
    if (!this.shown.has(s.manifest.toString())) return;
    s.markdown = md;
    s.panel.webview.html = reportPage(commandLinks(html), s.panel.title, nonce());
  }
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/** Opens an evidence link's file beside the report, at the heading or line its fragment names. */
async function openEvidence(href: string, column: vscode.ViewColumn): Promise<void> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const target = evidenceTarget(href);
  if (!root || !target) return;
  const uri = vscode.Uri.joinPath(root, ...target.segments);
  let type: vscode.FileType;
  try {
    type = (await vscode.workspace.fs.stat(uri)).type;
  } catch {
    void vscode.window.showWarningMessage(`${target.segments.join('/')} does not exist in the workspace.`);
    return;
  }
  if (type & vscode.FileType.Directory) {
    await vscode.commands.executeCommand('revealInExplorer', uri);
    return;
  }
  let selection: vscode.Range | undefined;
  if (target.fragment) {
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const line = fragmentLine(doc.getText(), target.fragment, doc.languageId === 'markdown' || /\.(md|markdown)$/i.test(uri.path));
      if (line !== undefined && line < doc.lineCount) selection = new vscode.Range(line, 0, line, 0);
    } catch {
      // Not text (a PDF, an image): open it as VS Code opens such files, at its start.
    }
  }
  await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: column, preview: true, ...(selection ? { selection } : {}) } satisfies vscode.TextDocumentShowOptions);
}
