/**
 * The workspace folders and how the server reaches files in them: URIs to places (a root and a
 * workspace-relative path), the host every read goes through, and per folder one project and one
 * language service. The server reads from disk only inside its workspace folders: a URI from the
 * client (a coverage request, a watched file, a closed document) names no folder the user
 * opened, and a document outside them, whose text the client sent, is analysed with nothing read
 * around it.
 */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LoadedConfig } from '../core/config';
import type { Clock, WorkspaceHost } from '../core/index';
import { Project, type ProjectOptions } from '../core/project';
import { createLanguageService, type LanguageService } from '../core/service';
import { NodeWorkspaceHost, isInside } from '../host/node-host';
import { findConfig } from '../host/config-file';
import { rootAt, type ReadResult, type Root } from '../host/files';

/** A file's place: its workspace folder (undefined outside them) and its path from there. */
export interface Place {
  root: string | undefined;
  rel: string;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function fileUri(root: string, rel: string): string {
  return pathToFileURL(path.join(root, ...rel.split('/'))).toString();
}

export class Workspace {
  folders: string[] = [];
  private readonly disks = new Map<string, NodeWorkspaceHost>();
  private readonly hosts = new Map<string, WorkspaceHost>();
  private readonly projects = new Map<string, Project>();
  private readonly services = new Map<string, LanguageService>();
  private readonly configs = new Map<string, LoadedConfig | undefined>();
  /** Files outside every folder: analysed alone, with no host, and no manifest names them. */
  private readonly loose: Project;
  private readonly looseService: LanguageService;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly clock: Clock,
    private readonly projectOptions: ProjectOptions,
  ) {
    this.loose = new Project(projectOptions);
    this.looseService = createLanguageService({ clock });
  }

  setFolders(uris: string[]): void {
    this.folders = uris.map(uriToPath).filter((p): p is string => !!p);
  }

  changeFolders(added: string[], removed: string[]): void {
    this.folders = this.folders.filter((f) => !removed.some((r) => uriToPath(r) === f));
    for (const a of added) {
      const p = uriToPath(a);
      if (p) this.folders.push(p);
    }
  }

  /** The workspace folder that holds a file (the innermost), or undefined. */
  rootFor(file: string): string | undefined {
    return this.folders.filter((f) => isInside(f, file)).sort((a, b) => b.length - a.length)[0];
  }

  /** Where a document is: outside the folders, its name alone is its path. */
  locate(uri: string): Place {
    const file = uriToPath(uri);
    if (!file) return { root: undefined, rel: uri.split('/').pop() ?? 'ai-security.yaml' };
    const root = this.rootFor(file);
    return { root, rel: root === undefined ? path.basename(file) : this.relative(root, file) };
  }

  relative(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
  }

  /** Whether a file is a regular file inside a workspace folder, links resolved inside it. */
  onDiskInside(file: string): boolean {
    const root = this.rootFor(file);
    return root !== undefined && this.disk(root).stat(this.relative(root, file)) === 'file';
  }

  /** Reads a file inside a folder through the host: never outside, never a FIFO or a device. */
  read(place: Place, maxBytes: number): ReadResult | undefined {
    return place.root === undefined ? undefined : this.disk(place.root).readBytes(place.rel, maxBytes);
  }

  /** The start of a file's text, enough to see front matter. */
  readHead(root: string, rel: string): string {
    return this.disk(root).readHead(rel);
  }

  /** A file's text from disk (undefined if it cannot be read, or the folder is no longer open). */
  readText(place: Place, maxBytes: number): string | undefined {
    return place.root !== undefined && this.folders.includes(place.root) ? this.disk(place.root).readText(place.rel, maxBytes) : undefined;
  }

  /**
   * The project configuration of a workspace folder (host/config-file.ts), read once and kept
   * until `forgetConfig`. It is looked for in the folder itself, as the CLI run from the folder
   * would: the server reads nothing outside its workspace folders.
   */
  config(root: string | undefined): LoadedConfig | undefined {
    if (root === undefined) return undefined;
    if (!this.configs.has(root)) this.configs.set(root, findConfig(this.disk(root), ''));
    return this.configs.get(root);
  }

  forgetConfig(root: string): void {
    this.configs.delete(root);
  }

  /** A folder as the search's ignores read it. */
  rootOf(root: string): Root {
    return rootAt(root);
  }

  project(root: string | undefined): Project {
    if (root === undefined) return this.loose;
    let p = this.projects.get(root);
    if (!p) this.projects.set(root, (p = new Project(this.projectOptions)));
    return p;
  }

  /** Every project that holds facts, for a change that concerns them all. */
  allProjects(): Project[] {
    return [...this.projects.values()];
  }

  service(root: string | undefined): LanguageService {
    if (root === undefined) return this.looseService;
    let s = this.services.get(root);
    if (!s) this.services.set(root, (s = createLanguageService({ host: this.host(root), clock: this.clock })));
    return s;
  }

  private disk(root: string): NodeWorkspaceHost {
    let d = this.disks.get(root);
    if (!d) this.disks.set(root, (d = new NodeWorkspaceHost(root)));
    return d;
  }

  /**
   * The workspace as the core sees it: the disk, except that open documents are read from the
   * editor, so a manifest's hash check sees the model card as it is being edited.
   */
  private host(root: string): WorkspaceHost {
    let h = this.hosts.get(root);
    if (!h) {
      const disk = this.disk(root);
      h = {
        stat: (rel) => disk.stat(rel),
        list: (rel) => disk.list(rel),
        readText: (rel, max) => {
          const doc = this.documents.get(fileUri(root, rel));
          if (doc && disk.stat(rel) !== 'outside') {
            const text = doc.getText();
            return text.length <= max ? text : undefined;
          }
          return disk.readText(rel, max);
        },
      };
      this.hosts.set(root, h);
    }
    return h;
  }
}
