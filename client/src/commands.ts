/** The extension's commands. Each asks the server for what it needs; none analyses anything. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Commands, ProvisionsRequest, StarterManifestRequest } from '../../server/src/protocol';
import { isManifest } from './config';
import { gitUserEmail } from './owner';
import { CoverageReports } from './report';

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, restart: () => Promise<void>): CoverageReports {
  const reports = new CoverageReports(context, client);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.showCoverage, async (arg?: string | vscode.Uri) => {
      const target = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
      if (!target) {
        void vscode.window.showInformationMessage('Open an ai-security.yaml manifest to see its coverage.');
        return;
      }
      if (!isManifest(target)) {
        void vscode.window.showInformationMessage(`${target.path.split('/').pop()} is not a manifest: name it ai-security.yaml, or add a pattern that matches it to aiSecurity.files.`);
        return;
      }
      await reports.show(target);
    }),

    // Interactive from the palette; scripts and tests may pass the answers: { folder, roles, lifecycle, owner }.
    // The empty-manifest quick fix passes { target }: the manifest that states nothing, to fill.
    vscode.commands.registerCommand(Commands.createManifest, async (args?: { folder?: vscode.Uri; roles?: string[]; lifecycle?: string; owner?: string; target?: string | vscode.Uri }) => {
      const given = typeof args?.target === 'string' ? vscode.Uri.parse(args.target) : args?.target;
      const folderUri = given ? vscode.Uri.joinPath(given, '..') : (args?.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri);
      if (!folderUri) {
        void vscode.window.showErrorMessage('Open a folder first: the manifest is created at its root.');
        return;
      }
      const folder = { uri: folderUri, name: folderUri.path.split('/').filter(Boolean).pop() ?? 'AI system' };
      const target = given ?? vscode.Uri.joinPath(folder.uri, 'ai-security.yaml');
      // An existing manifest is filled only when it states nothing (blank lines and comments):
      // what it says is never replaced.
      let empty: vscode.TextDocument | undefined;
      try {
        await vscode.workspace.fs.stat(target);
        const doc = await vscode.workspace.openTextDocument(target);
        if (!statesNothing(doc.getText())) {
          const open = await vscode.window.showWarningMessage(`This folder already has ${target.path.split('/').pop()}.`, 'Open it');
          if (open) await vscode.window.showTextDocument(target);
          return;
        }
        empty = doc;
      } catch {
        // No manifest yet: go on.
      }
      const roles = args?.roles ? args.roles.map((label) => ({ label })) : await vscode.window.showQuickPick(
        [
          { label: 'developer', description: 'You create or adapt the AI model or system', picked: true },
          { label: 'system-operator', description: 'You embed or deploy it in your infrastructure' },
          { label: 'data-custodian', description: 'You control the data it is trained or run on' },
        ],
        { canPickMany: true, title: 'Create manifest (1/3): your roles, in the Code\u2019s terms' },
      );
      if (!roles || roles.length === 0) return;
      const lifecycle = args?.lifecycle ? { label: args.lifecycle } : await vscode.window.showQuickPick(
        [
          { label: 'design', description: 'Deciding what to build' },
          { label: 'development', description: 'Building and training' },
          { label: 'deployment', description: 'Running for users' },
          { label: 'maintenance', description: 'Updating and monitoring' },
          { label: 'end-of-life', description: 'Decommissioning' },
        ],
        { title: 'Create manifest (2/3): where the system is in its life' },
      );
      if (!lifecycle) return;
      // The owner is asked, never invented: suggested from the folder's git user.email. Left
      // empty, it is the placeholder the checks report until it is replaced.
      const suggested = args?.owner === undefined && folder.uri.scheme === 'file' ? await gitUserEmail(folder.uri.fsPath) : undefined;
      const owner = args?.owner ?? (await vscode.window.showInputBox({
        title: 'Create manifest (3/3): who answers for the system',
        prompt: 'A team address or a person, written into the manifest as system.owner and as the owner of each planned entry.',
        placeHolder: 'e.g. ai-team@your-organisation',
        value: suggested ?? '',
        ignoreFocusOut: true,
      }));
      if (owner === undefined) return;
      const c = client();
      if (!c) return;
      let text: string | null;
      try {
        text = await c.sendRequest(StarterManifestRequest, {
          name: folder.name,
          // Left empty, the starter writes its owner placeholder, which is reported until replaced.
          owner: owner.trim(),
          roles: roles.map((r) => r.label),
          lifecycle: lifecycle.label,
        });
      } catch (e) {
        // The server refuses roles or a stage it does not know (a script may pass any): say why.
        void vscode.window.showErrorMessage(`Create manifest: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      if (!text) return;
      if (empty) {
        // Through the editor, so that it is one step to undo, then saved as a new file would be.
        const edit = new vscode.WorkspaceEdit();
        edit.replace(target, new vscode.Range(empty.positionAt(0), empty.positionAt(empty.getText().length)), text);
        if (!(await vscode.workspace.applyEdit(edit))) return;
        await empty.save();
      } else await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(target);
    }),

    vscode.commands.registerCommand('aiSecurity.openProvision', async (id?: string) => {
      const c = client();
      const list = c ? await c.sendRequest(ProvisionsRequest, {}) : [];
      let chosen = typeof id === 'string' ? list.find((p) => p.id === id) : undefined;
      if (!chosen) {
        const pick = await vscode.window.showQuickPick(
          list.map((p) => ({ label: p.id, description: p.title, detail: p.quote, p })),
          { title: 'Open a provision in the Code of Practice', matchOnDescription: true, matchOnDetail: true },
        );
        chosen = pick?.p;
      }
      if (chosen) await vscode.env.openExternal(vscode.Uri.parse(chosen.url));
    }),

    vscode.commands.registerCommand('aiSecurity.restartServer', restart),
  );
  return reports;
}

/**
 * A file that states nothing, as the server's empty-manifest finding has it: blank lines,
 * comments, document markers and directives, and a null document (`~`, `null`).
 */
function statesNothing(text: string): boolean {
  const nothing = new Set(['', '---', '...', '~', 'null', 'Null', 'NULL']);
  return text.split('\n').every((l) => l.trim().startsWith('%') || nothing.has(l.split('#')[0]!.trim()));
}
