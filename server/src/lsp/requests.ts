/**
 * The requests the extension adds to the protocol (typed in ../protocol.ts, which the client
 * shares): a manifest's coverage and report, a starter manifest, and the provisions.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { catalogue, provisionUrl, renderMarkdown, starterManifest, type Clock } from '../core/index';
import { LIFECYCLES, ROLES, type Lifecycle, type Role } from '../core/schema';
import { reportOf } from '../core/service';
import { CoverageReportRequest, CoverageRequest, ProvisionsRequest, StarterManifestRequest } from '../protocol';
import type { Entry } from './cache';
import { SERVER_VERSION } from './capabilities';
import { guard } from './guard';
import { uriToPath } from './workspace';

export interface RequestContext {
  connection: Connection;
  clock: Clock;
  /** The analysis of a manifest, open or on disk (read now if the server has not seen it). */
  manifest(uri: string): Promise<Entry | undefined>;
  /** The same entry with its full analysis. */
  withAnalysis(entry: Entry | undefined): Promise<Entry | undefined>;
}

export function registerRequests({ connection, clock, manifest, withAnalysis }: RequestContext): void {
  /** Coverage of a manifest, for the client's status item. */
  connection.onRequest(
    CoverageRequest,
    guard(connection, 'coverage', () => null, async (params) => (await manifest(params.uri))?.coverage ?? null),
  );

  /**
   * The coverage report of a manifest, in Markdown: the same report as `ai-security report`.
   * Evidence is linked by file URI, unless the client names a `linkRoot` folder: then by paths
   * from that folder, written with a leading "/". VS Code's Markdown preview, which shows the
   * report as a virtual document, renders no file: links and resolves "/" paths from the first
   * workspace folder, so the VS Code client passes that folder.
   */
  connection.onRequest(
    CoverageReportRequest,
    guard(connection, 'coverageReport', () => null, async (params) => {
      const e = await withAnalysis(await manifest(params.uri));
      if (!e?.analysis?.manifest) return null;
      const root = e.root;
      const base = params.linkRoot ? uriToPath(params.linkRoot) : undefined;
      const fileHref = !root
        ? undefined
        : base
          ? (rel: string) => '/' + path.relative(base, path.join(root, ...rel.split('/'))).split(path.sep).map(encodeURIComponent).join('/')
          : (rel: string) => pathToFileURL(path.join(root, ...rel.split('/'))).toString();
      return renderMarkdown(reportOf([e.analysis], { generator: { name: 'ai-security', version: SERVER_VERSION } }), fileHref ? { fileHref } : {});
    }),
  );

  /**
   * A starter manifest for the "Create manifest" command. Its parameters come from the client,
   * and through the command's arguments from whatever ran it: parameters that are not a name and
   * an owner as text, known roles and a known lifecycle stage get an InvalidParams error, never
   * a manifest written for a stage or roles the user did not choose.
   */
  connection.onRequest(
    StarterManifestRequest,
    guard(connection, 'starterManifest', () => null, (params): string | ResponseError => {
      const checked = checkStarterParams(params);
      if (typeof checked === 'string') return new ResponseError(ErrorCodes.InvalidParams, `aiSecurity/starterManifest: ${checked}`);
      return starterManifest({ ...checked, today: clock.today() });
    }),
  );

  /** The provisions, for pickers in clients (id, short title, verb, principle). */
  connection.onRequest(
    ProvisionsRequest,
    guard(connection, 'provisions', () => [], () => catalogue().provisions.map((p) => ({ id: p.id, title: p.title, modal: p.modal, principle: p.principle, quote: p.quote, url: provisionUrl(p.id) }))),
  );
}

interface StarterParams {
  name?: unknown;
  owner?: unknown;
  roles?: unknown;
  lifecycle?: unknown;
}

/** The starter manifest's parameters, checked, or what is wrong with them. */
export function checkStarterParams(params: StarterParams | null): { name: string; owner: string; roles: Role[]; lifecycle: Lifecycle } | string {
  const { name, owner, roles, lifecycle } = params ?? {};
  if (typeof name !== 'string' || name.trim() === '') return 'name must be a non-empty string';
  if (typeof owner !== 'string') return 'owner must be a string';
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every((r) => typeof r === 'string' && (ROLES as readonly string[]).includes(r))) return `roles must be a non-empty list of ${ROLES.join(', ')}`;
  if (typeof lifecycle !== 'string' || !(LIFECYCLES as readonly string[]).includes(lifecycle)) return `lifecycle must be one of ${LIFECYCLES.join(', ')}`;
  return { name, owner, roles: [...new Set(roles as Role[])], lifecycle: lifecycle as Lifecycle };
}
