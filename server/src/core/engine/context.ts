/**
 * What every manifest rule sees: the parsed tree, the facts and applicability, the provision
 * entries, and a `report` that turns offsets into ranges. Built once per analysis.
 */
import { applicability, type Applicability, type AssetFacts, type Facts } from '../catalogue/applicability';
import { catalogue, codeUrl, provision } from '../catalogue/index';
import { bool, entry, get, str, type Offsets, type YEntry, type YMap, type YNode } from '../parse/yaml';
import { LIFECYCLES, ROLES, STATUSES, type Lifecycle, type Role, type Status } from '../schema';
import type { LineIndex } from '../text';
import type { Clock, Finding, FindingData, Severity, WorkspaceHost } from '../types';

export interface EntryInfo {
  id: string;
  entry: YEntry;
  /** The entry's value (a mapping when well formed). */
  node: YNode;
  status: Status | undefined;
}

export interface AssetInfo {
  index: number;
  node: YNode;
  id: string | undefined;
  facts: AssetFacts;
}

/** A provision that assets must meet (5.1, 5.2, 7.2, …) failing on one asset or field. */
export interface Fault {
  provision: string;
  at: Offsets;
  message: string;
  data: FindingData;
}

export interface ManifestContext {
  text: string;
  lines: LineIndex;
  /** The manifest's path relative to the workspace root, POSIX separators. */
  path: string;
  root: YMap | undefined;
  host: WorkspaceHost | undefined;
  /** Today as YYYY-MM-DD, or undefined when no clock was given (freshness is then not checked). */
  today: string | undefined;
  maxReviewAgeDays: number;
  facts: Facts;
  applicability: Map<string, Applicability>;
  /** Entries under `provisions:` whose key is a real provision number. */
  entries: Map<string, EntryInfo>;
  assets: AssetInfo[];
  /** Faults of the provisions that assets meet, computed once (rules and coverage share them). */
  faults: Fault[];
  /** Whether the YAML had syntax errors: then the tree may be partial, and no fix is offered. */
  brokenSyntax: boolean;
  /** Workspace-relative paths the manifest refers to (evidence, plans, model cards): a change
   * to any of them can change the findings, so editors revalidate on it. */
  referenced: Set<string>;
  report(f: RawFinding): void;
}

export interface RawFinding {
  code: string;
  severity: Severity;
  message: string;
  at: Offsets;
  data?: FindingData;
}

/** Whether a provision applies now (role, condition and phase). */
export function appliesNow(ctx: ManifestContext, id: string): boolean {
  const a = ctx.applicability.get(id);
  return !!a && a.applies && a.due;
}

export function buildContext(args: {
  text: string;
  lines: LineIndex;
  path: string;
  root: YNode | undefined;
  host: WorkspaceHost | undefined;
  clock: Clock | undefined;
  out: Finding[];
  brokenSyntax?: boolean;
}): ManifestContext {
  const root = args.root?.kind === 'map' ? args.root : undefined;
  const system = get(root, 'system');
  const assets: AssetInfo[] = [];
  const assetsNode = get(root, 'assets');
  if (assetsNode?.kind === 'seq') {
    assetsNode.items.forEach((node, index) => {
      const id = str(get(node, 'id'));
      assets.push({
        index,
        node,
        id,
        facts: {
          id,
          type: str(get(node, 'type')),
          external: bool(get(node, 'external')),
          shared: bool(get(node, 'shared')),
          public: bool(get(node, 'public')),
          confidential: bool(get(node, 'confidential')),
          wellDocumented: bool(get(node, 'wellDocumented')),
        },
      });
    });
  }
  const rolesNode = get(system, 'roles');
  let roles: Role[] | undefined;
  if (rolesNode?.kind === 'seq') {
    roles = rolesNode.items.map((i) => str(i)).filter((r): r is Role => (ROLES as readonly string[]).includes(r ?? ''));
    if (roles.length === 0) roles = undefined;
  }
  const lc = str(get(system, 'lifecycle'));
  const integrations = get(system, 'integrations');
  const facts: Facts = {
    roles,
    lifecycle: (LIFECYCLES as readonly string[]).includes(lc ?? '') ? (lc as Lifecycle) : undefined,
    exposesApi: bool(get(system, 'exposesApi')),
    usesCloud: bool(get(system, 'usesCloud')),
    humanOversightIsRiskControl: bool(get(system, 'humanOversightIsRiskControl')),
    transferringOwnership: bool(get(system, 'transferringOwnership')),
    integrations: integrations?.kind === 'seq' ? integrations.items.length : undefined,
    assets: assets.map((a) => a.facts),
  };
  const applicabilityMap = new Map(catalogue().provisions.map((p) => [p.id, applicability(p, facts)]));

  const entries = new Map<string, EntryInfo>();
  const provisionsNode = get(root, 'provisions');
  if (provisionsNode?.kind === 'map') {
    for (const e of provisionsNode.entries) {
      const id = e.key.trim();
      if (!provision(id) || entries.has(id)) continue;
      const s = str(get(e.value, 'status'));
      entries.set(id, { id, entry: e, node: e.value, status: (STATUSES as readonly string[]).includes(s ?? '') ? (s as Status) : undefined });
    }
  }

  const maxAge = get(get(root, 'policy'), 'maxReviewAgeDays');
  const maxReviewAgeDays = maxAge?.kind === 'scalar' && typeof maxAge.value === 'number' && maxAge.value > 0 ? maxAge.value : 365;

  const ctx: ManifestContext = {
    text: args.text,
    lines: args.lines,
    path: args.path,
    root,
    host: args.host,
    today: args.clock?.today(),
    maxReviewAgeDays,
    facts,
    applicability: applicabilityMap,
    entries,
    assets,
    faults: [],
    brokenSyntax: args.brokenSyntax ?? false,
    referenced: new Set(),
    report(f) {
      const p = provision(f.code);
      args.out.push({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: args.lines.range(f.at[0], f.at[1]),
        href: codeUrl(p?.id),
        ...(f.data ? { data: f.data } : {}),
      });
    },
  };
  return ctx;
}

/** Where to report something about the manifest as a whole: the first key, or the start. */
export function topAnchor(ctx: ManifestContext): Offsets {
  const first = ctx.root?.entries[0];
  return first ? first.keyRange : [0, 0];
}

/** Offsets of a key in the root mapping, or the top anchor when the key is absent. */
export function keyOrTop(ctx: ManifestContext, key: string): Offsets {
  return entry(ctx.root, key)?.keyRange ?? topAnchor(ctx);
}
