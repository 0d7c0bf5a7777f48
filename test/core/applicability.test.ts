/** Applicability, table-driven: roles × lifecycle stage × the Code's conditions. */
import * as assert from 'node:assert/strict';
import { analyzeManifest, applicability, provision, provisionHover, type Facts } from '../../server/src/core/index';
import type { Lifecycle, Role } from '../../server/src/core/schema';

const ALL_ROLES: Role[] = ['developer', 'system-operator', 'data-custodian'];
const STAGES: Lifecycle[] = ['design', 'development', 'deployment', 'maintenance', 'end-of-life'];

function facts(over: Partial<Facts> = {}): Facts {
  return {
    roles: ['developer'],
    lifecycle: 'maintenance',
    exposesApi: false,
    usesCloud: false,
    humanOversightIsRiskControl: false,
    transferringOwnership: false,
    integrations: 0,
    assets: [],
    ...over,
  };
}

function applies(id: string, f: Facts): boolean {
  const a = applicability(provision(id)!, f);
  return a.applies && a.due;
}

/** Every non-empty combination of roles. */
const roleSets: Role[][] = [];
for (let mask = 1; mask < 8; mask++) roleSets.push(ALL_ROLES.filter((_, i) => mask & (1 << i)));

describe('applicability', () => {
  describe('by role (at maintenance, where every regular phase is due)', () => {
    // provision → the roles that make it apply (undefined: Organisations, any role).
    const table: [string, Role[] | undefined][] = [
      ['1.1', undefined],
      ['1.2.1', undefined],
      ['2.5.1', undefined],
      ['2.5', ['data-custodian']],
      ['2.2', ['developer', 'system-operator']],
      ['2.3', ['developer']],
      ['3.1.3', ['system-operator']],
      ['5.1', ['developer', 'system-operator', 'data-custodian']],
      ['5.3', ['system-operator']],
      ['5.4', ['developer', 'system-operator', 'data-custodian']],
      ['8.1', ['developer']],
      ['8.3', ['developer']],
      ['9.2', ['system-operator']],
      ['10.2.1', ['system-operator']],
      ['12.1', ['system-operator']],
      ['12.3', ['developer', 'system-operator']],
    ];
    for (const roles of roleSets) {
      for (const [id, who] of table) {
        const expected = who === undefined || roles.some((r) => who.includes(r));
        it(`${id} ${expected ? 'applies' : 'does not apply'} to [${roles.join(', ')}]`, () => {
          assert.equal(applies(id, facts({ roles })), expected);
        });
      }
    }
  });

  describe('by lifecycle stage', () => {
    // A representative provision per phase, and the first stage at which it is due.
    const table: [string, Lifecycle][] = [
      ['2.2', 'design'], // Secure Design
      ['6.4', 'development'], // Secure Development
      ['9.1', 'development'],
      ['10.2', 'deployment'], // Secure Deployment
      ['11.1', 'deployment'], // Secure Maintenance
      ['12.4', 'deployment'],
    ];
    for (const stage of STAGES) {
      for (const [id, from] of table) {
        const expected = STAGES.indexOf(stage) >= STAGES.indexOf(from);
        it(`${id} is ${expected ? 'due' : 'upcoming'} at ${stage}`, () => {
          const a = applicability(provision(id)!, facts({ roles: ['developer', 'system-operator'], lifecycle: stage }));
          assert.equal(a.applies, true);
          assert.equal(a.due, expected);
        });
      }
      it(`13.2 (decommissioning) ${stage === 'end-of-life' ? 'applies' : 'does not apply'} at ${stage}`, () => {
        assert.equal(applies('13.2', facts({ lifecycle: stage })), stage === 'end-of-life');
      });
    }
    it('an unstated lifecycle counts as the latest regular stage', () => {
      assert.equal(applies('12.4', facts({ lifecycle: undefined })), true);
      assert.equal(applies('13.2', facts({ lifecycle: undefined })), false);
    });
  });

  describe('by condition', () => {
    const roles: Role[] = ['developer', 'system-operator', 'data-custodian'];
    const base = facts({ roles });
    const model = { id: 'm', type: 'model' };
    const dataset = { id: 'd', type: 'dataset' };
    const cases: [string, string, Partial<Facts>, boolean][] = [
      ['2.1.1', 'developer and data-custodian', { roles: ['developer', 'data-custodian'] }, true],
      ['2.1.1', 'developer only', { roles: ['developer'] }, false],
      ['2.1.1', 'data-custodian only', { roles: ['data-custodian'] }, false],
      ['2.4', 'an external asset', { assets: [{ ...model, external: true }] }, true],
      ['2.4', 'no external asset', { assets: [{ ...model, external: false }] }, false],
      ['2.7', 'an external asset', { assets: [{ ...model, external: true }] }, true],
      ['2.7', 'no assets', { assets: [] }, false],
      ['2.6', 'integrations', { integrations: 2 }, true],
      ['2.6', 'integrations: []', { integrations: 0 }, false],
      ['2.6', 'integrations unstated', { integrations: undefined }, true],
      ['4.3', 'oversight is a control', { humanOversightIsRiskControl: true }, true],
      ['4.3', 'oversight is not a control', { humanOversightIsRiskControl: false }, false],
      ['4.3', 'unstated', { humanOversightIsRiskControl: undefined }, true],
      ['5.4.2', 'a confidential asset', { assets: [{ ...dataset, confidential: true }] }, true],
      ['5.4.2', 'a model not saying', { assets: [{ ...model }] }, true],
      ['5.4.2', 'nothing confidential', { assets: [{ ...model, confidential: false }, { id: 'p', type: 'prompt' }] }, false],
      ['6.2', 'exposes an API', { exposesApi: true }, true],
      ['6.2', 'no API', { exposesApi: false }, false],
      ['6.2', 'unstated', { exposesApi: undefined }, true],
      ['6.6', 'uses cloud', { usesCloud: true }, true],
      ['6.6', 'no cloud', { usesCloud: false }, false],
      ['6.6', 'unstated', { usesCloud: undefined }, true],
      ['7.2', 'external, wellDocumented: false', { assets: [{ ...model, external: true, wellDocumented: false }] }, true],
      ['7.2', 'external, unstated', { assets: [{ ...model, external: true }] }, true],
      ['7.2', 'external, well documented', { assets: [{ ...model, external: true, wellDocumented: true }] }, false],
      ['7.2.1', 'external, wellDocumented: false', { assets: [{ ...model, external: true, wellDocumented: false }] }, true],
      // "any models, or components, which are not well-documented or secured": internal ones too.
      ['7.2.2', 'internal asset, wellDocumented: false', { assets: [{ ...model, wellDocumented: false }] }, true],
      ['7.2', 'internal software, wellDocumented: false', { assets: [{ id: 's', type: 'software', external: false, wellDocumented: false }] }, true],
      ['7.2.1', 'internal asset, unstated', { assets: [{ ...model, external: false }] }, false],
      // "model components": a shared dataset or API is none.
      ['8.1.2', 'a shared dataset', { assets: [{ ...dataset, shared: true }] }, false],
      ['8.1.2', 'a shared API', { assets: [{ id: 'a', type: 'api', shared: true }] }, false],
      // "training data or model weights": a confidential prompt is neither.
      ['5.4.2', 'a confidential prompt', { assets: [{ ...model, confidential: false }, { id: 'p', type: 'prompt', confidential: true }] }, false],
      ['5.4.2', 'a confidential configuration', { assets: [{ id: 'c', type: 'configuration', confidential: true }] }, false],
      // 13.2 "decommission a model and/or system": a model retired during maintenance.
      ['13.2', 'a model being decommissioned at maintenance', { lifecycle: 'maintenance', assets: [{ ...model, decommissioning: true }] }, true],
      ['13.2', 'a dataset being decommissioned', { lifecycle: 'maintenance', assets: [{ ...dataset, decommissioning: true }] }, false],
      // 3.2 "Where AI security threats are identified that cannot be resolved by Developers".
      ['3.2', 'unresolved threats', { unresolvedThreats: true }, true],
      ['3.2', 'no unresolved threats', { unresolvedThreats: false }, false],
      ['3.2', 'unstated', { unresolvedThreats: undefined }, true],
      // 3.3 "Where an external entity has responsibility for AI security risks".
      ['3.3', 'external risk owners', { externalRiskOwners: true }, true],
      ['3.3', 'no external risk owners', { externalRiskOwners: false }, false],
      ['3.3', 'unstated', { externalRiskOwners: undefined }, true],
      // 1.2.2: "Organisations shall provide developers with training".
      ['1.2.2', 'a data custodian only', { roles: ['data-custodian'] }, false],
      ['1.2.2', 'a developer', { roles: ['developer'] }, true],
      ['1.2.2', 'a system operator', { roles: ['system-operator'] }, true],
      ['1.2.2', 'roles unstated', { roles: undefined }, true],
      // 10.1/10.2: System Operators, or a Developer that is an external entity to them.
      ['10.1', 'a developer only (external to the operators)', { roles: ['developer'] }, true],
      ['10.2', 'a data custodian only', { roles: ['data-custodian'] }, false],
      ['8.1.2', 'a shared asset', { assets: [{ ...model, shared: true }] }, true],
      ['8.1.2', 'nothing shared', { assets: [{ ...model, shared: false }] }, false],
      ['8.2', 'a public dataset', { assets: [{ ...dataset, public: true }] }, true],
      ['8.2', 'a public model (not data)', { assets: [{ ...model, public: true }] }, false],
      ['8.2.1', 'a public dataset', { assets: [{ ...dataset, public: true }] }, true],
      ['8.2.1', 'a private dataset', { assets: [{ ...dataset, public: false }] }, false],
      ['13.1', 'transferring ownership', { transferringOwnership: true, lifecycle: 'design' }, true],
      ['13.1', 'not transferring', { transferringOwnership: false }, false],
      ['13.1', 'unstated', { transferringOwnership: undefined, lifecycle: 'development' }, true],
      ['13.2', 'end of life', { lifecycle: 'end-of-life' }, true],
      ['13.2', 'in deployment', { lifecycle: 'deployment' }, false],
    ];
    for (const [id, what, over, expected] of cases) {
      it(`${id} ${expected ? 'applies' : 'does not apply'}: ${what}`, () => {
        assert.equal(applies(id, { ...base, ...over }), expected);
      });
    }

    it('names the unstated fact it assumed, so the finding can say which to state', () => {
      const a = applicability(provision('6.2')!, { ...base, exposesApi: undefined });
      assert.deepEqual(a.assumed, ['system.exposesApi']);
      assert.match(a.reasons.join(' '), /exposesApi is not stated/);
    });

    it('says when a condition no manifest can state is counted as holding (12.3, 3.1.2)', () => {
      for (const id of ['12.3', '3.1.2']) {
        const a = applicability(provision(id)!, base);
        assert.equal(a.applies, true);
        assert.ok(a.undecided && provision(id)!.quote.includes(a.undecided), `${id} quotes its clause`);
        assert.match(a.reasons.join(' '), /could not be decided/);
      }
      assert.equal(applicability(provision('6.2')!, base).undecided, undefined);
    });

    it('10.1 and 10.2 say which sentence applies', () => {
      assert.match(applicability(provision('10.1')!, facts({ roles: ['developer'] })).reasons.join(' '), /second sentence applies: the Developer is an external entity/);
      assert.match(applicability(provision('10.2')!, facts({ roles: ['developer', 'system-operator'] })).reasons.join(' '), /first sentence obliges System Operators/);
    });

    it('unstated roles count as all roles', () => {
      assert.equal(applies('2.5', facts({ roles: undefined })), true);
      assert.equal(applies('5.3', facts({ roles: undefined })), true);
    });
  });
});

describe('applicability in the hover', () => {
  const text = `version: 1
system: { name: X, owner: a@example.org, roles: [developer, system-operator], lifecycle: deployment, exposesApi: false }
provisions: {}
`;
  const ctx = analyzeManifest(text, { path: 'ai-security.yaml' }).context;
  const here = (id: string) => provisionHover(ctx, provision(id)!).split('\n').find((l) => l.startsWith('**Here:**'))!;

  it('says when a provision applies because its condition could not be decided', () => {
    assert.match(here('12.3'), /^\*\*Here:\*\* applies because its condition could not be decided \(no fact of a manifest states it\)\. .*"where this could better enable them/);
    assert.match(here('6.6'), /^\*\*Here:\*\* applies because its condition could not be decided \(system\.usesCloud not stated\)\./);
    assert.match(here('9.1'), /^\*\*Here:\*\* applies\. /);
    assert.match(here('6.2'), /^\*\*Here:\*\* does not apply\. /);
  });
});
