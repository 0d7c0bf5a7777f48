/**
 * The requests the extension adds to the Language Server Protocol, typed once for the client and
 * the server: each method's name, parameters and result. The client bundle imports this module,
 * so it imports nothing of the server's at run time (the core's types are erased), only
 * `RequestType` from the protocol library both sides already use.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Coverage } from './core/types';

/** What the client sends in `initializationOptions`. */
export interface InitializationOptions {
  /** The client runs the server's commands (the coverage lens): VS Code's client does. */
  commands?: boolean;
}

/** Commands the VS Code client registers; the server names them in lenses for that client only. */
export const Commands = {
  showCoverage: 'aiSecurity.showCoverage',
  /** Writes a starter manifest; `{ target }` (a manifest's URI) fills that one if it states nothing. */
  createManifest: 'aiSecurity.createManifest',
} as const;

export interface DocumentParams {
  /** The manifest's URI, open in the editor or on disk inside a workspace folder. */
  uri: string;
}

/** A manifest's coverage, for the status item; null when it is not a manifest the server can read. */
export const CoverageRequest = new RequestType<DocumentParams, Coverage | null, void>('aiSecurity/coverage');

export interface CoverageReportParams extends DocumentParams {
  /**
   * A folder URI: evidence is then linked by paths from it, written with a leading "/", instead
   * of by file URI (for VS Code's Markdown preview, which renders no file: links).
   */
  linkRoot?: string;
}

/** A manifest's coverage report in Markdown (as `ai-security report`); null when it cannot be analysed. */
export const CoverageReportRequest = new RequestType<CoverageReportParams, string | null, void>('aiSecurity/coverageReport');

/**
 * The parameters of a starter manifest. They come from whatever ran the client's command, so the
 * server checks them (an InvalidParams error says what is wrong): hence `unknown` on its side.
 */
export interface StarterManifestParams {
  name: string;
  owner: string;
  roles: string[];
  lifecycle: string;
}

/** A starter manifest for the "Create manifest" command. */
export const StarterManifestRequest = new RequestType<StarterManifestParams, string | null, void>('aiSecurity/starterManifest');

/** A provision, as a picker shows it. */
export interface ProvisionInfo {
  id: string;
  title: string;
  modal: 'shall' | 'should';
  principle: number;
  quote: string;
  url: string;
}

/** Every provision of the Code, in its order. */
export const ProvisionsRequest = new RequestType<Record<string, never>, ProvisionInfo[], void>('aiSecurity/provisions');
