/** Applicability, table-driven: roles × lifecycle stage × the Code's conditions. */
import * as assert from 'node:assert/strict';
import { applicability, provision, type Facts } from '../../server/src/core/index';
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
      ['7.2.2', 'internal asset', { assets: [{ ...model, wellDocumented: false }] }, false],
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

    it('unstated roles count as all roles', () => {
      assert.equal(applies('2.5', facts({ roles: undefined })), true);
      assert.equal(applies('5.3', facts({ roles: undefined })), true);
    });
  });
});
