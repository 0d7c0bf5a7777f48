/**
 * Builds a manifest's model once per analysis: the facts and applicability, the provision
 * entries and assets, and the facts computed from them, each under the guard (a fact that throws
 * becomes one `internal-error` finding and is left unknown, which the provision states read as
 * not addressed). Its `report` turns offsets into ranges.
 */
import { applicability, type Facts } from '../catalogue/applicability';
import { catalogue, provision } from '../catalogue/index';
import { findingHref } from '../catalogue/links';
import { bool, get, str, type YNode } from '../parse/yaml';
import { LIFECYCLES, ROLES, STATUSES, type Lifecycle, type Role, type Status } from '../schema';
import type { LineIndex } from '../text';
import type { Clock, Finding, WorkspaceHost } from '../types';
import { assetFaults } from './assets';
import { guarded } from './guard';
import type { AssetInfo, EntryInfo, ManifestContext } from './manifest';
import { topAnchor } from './paths';
import { schemaProblems } from './provision-schemas';

export function buildContext(args: {
  text: string;
  lines: LineIndex;
  path: string;
  root: YNode | undefined;
  host: WorkspaceHost | undefined;
  clock: Clock | undefined;
  out: Finding[];
  brokenSyntax?: boolean;
  /** Every rule ID the analysis can report, for the policy rule. */
  ruleCodes?: readonly string[];
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
          hostsModel: bool(get(node, 'hostsModel')),
          decommissioning: bool(get(node, 'decommissioning')),
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
    unresolvedThreats: bool(get(system, 'unresolvedThreats')),
    externalRiskOwners: bool(get(system, 'externalRiskOwners')),
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
    schemaProblems: new Map(),
    ruleCodes: args.ruleCodes ?? [],
    brokenSyntax: args.brokenSyntax ?? false,
    referenced: new Set(),
    report(f) {
      args.out.push({
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: args.lines.range(f.at[0], f.at[1]),
        href: findingHref(f.code),
        ...(f.data ? { data: f.data } : {}),
      });
    },
  };
  // A manifest that is not a mapping has nothing to fault: its provisions are reported by the
  // finding that says what it is instead.
  if (root) {
    ctx.faults = guarded(ctx, topAnchor(ctx), 'assets', () => assetFaults(ctx));
    ctx.schemaProblems = guarded(ctx, topAnchor(ctx), 'provision-schemas', () => schemaProblems(ctx));
  }
  return ctx;
}
