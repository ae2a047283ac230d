import { beforeAll, describe, expect, it } from 'vitest';
import { bidderBurden, type NotFollowedUpGroup } from '../../../src/domain/burden/burden';
import type { Catalogue } from '../../../src/domain/catalogue/catalogue';
import { kpisFrom } from '../../../src/domain/contract-management/kpis';
import type { Before, Project } from '../../../src/domain/model';
import { createProject } from '../../../src/domain/project/create';
import { resolveRequirements } from '../../../src/domain/requirement/resolve';
import { applySuggestions, suggestRequirements } from '../../../src/domain/suggestion/suggest';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { counter } from './fixtures';
import { typicalPurchase } from '../../support/fixtures';

let catalogue: Catalogue;
let spec: Project;

const TYPICAL = typicalPurchase;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  const base = { ...createProject({ id: 'p', title: 'Lärplattform', language: 'en', now: '2026-01-01T00:00:00.000Z' }), before: TYPICAL };
  spec = applySuggestions(base, suggestRequirements(TYPICAL, catalogue), catalogue, counter()).project;
});

const groups = (p: Project): NotFollowedUpGroup[] => {
  const f = bidderBurden(p, catalogue).findings.find((x) => x.code === 'burden.notFollowedUp');
  return f && f.code === 'burden.notFollowedUp' ? f.groups : [];
};
const flagged = (p: Project) => new Set(groups(p).flatMap((g) => g.uids));
const withRoles = (p: Project, roles: NonNullable<Before['roles']>): Project => ({ ...p, before: { ...p.before, roles: { ...p.before.roles, ...roles } } });
const withItem = (p: Project, id: string, state: Project['checklist'][string]): Project => ({ ...p, checklist: { ...p.checklist, [id]: state } });

describe('musts nobody will follow up during the contract, on the real library', () => {
  it('flags, in a typical suggested specification, musts checked during the contract that give no KPI and whose follow-up nobody owns', () => {
    const kpis = new Set(kpisFrom(spec, catalogue, 'en').map((k) => k.uid));
    const resolved = new Map(resolveRequirements(spec.requirements, catalogue, 'en').map((r) => [r.uid, r]));
    const uids = flagged(spec);
    expect(uids.size).toBeGreaterThan(10);
    for (const uid of uids) {
      const r = resolved.get(uid)!;
      expect(r.kind).toBe('must');
      expect(r.checkedAt).not.toBe('evaluation');
      expect(kpis.has(uid)).toBe(false);
    }
    expect(groups(spec).map((g) => g.reason)).toEqual(expect.arrayContaining(['noOwner']));
    expect(groups(spec).find((g) => g.reason === 'noOwner' && g.itemId === 'after.contract-management.assurance-report')).toMatchObject({ role: 'data-protection-officer' });
  });

  it('never flags a must the After phase follows up with a KPI, such as availability', () => {
    const kpis = kpisFrom(spec, catalogue, 'en').map((k) => k.uid);
    expect(kpis.length).toBeGreaterThan(0);
    for (const uid of kpis) expect(flagged(spec).has(uid)).toBe(false);
  });

  it('clears the privacy musts once the team names its data protection officer', () => {
    const privacy = groups(spec).find((g) => g.reason === 'noOwner' && g.itemId === 'after.contract-management.assurance-report')!;
    expect(privacy.uids.length).toBeGreaterThan(3);
    const named = withRoles(spec, { dataProtectionOfficer: 'Dana Dataskydd' });
    for (const uid of privacy.uids) expect(flagged(named).has(uid)).toBe(false);
    expect(flagged(named).size).toBe(flagged(spec).size - privacy.uids.length);
  });

  it('clears the security musts once the incident follow-up item has an owner, since IT security has no role under Before', () => {
    const security = groups(spec).find((g) => g.reason === 'noOwner' && g.itemId === 'after.contract-management.incidents')!;
    expect(security).toMatchObject({ role: 'it-security' });
    const owned = withItem(spec, 'after.contract-management.incidents', { status: 'open', owner: 'Ivar IT' });
    for (const uid of security.uids) expect(flagged(owned).has(uid)).toBe(false);
    expect(flagged(withItem(spec, 'after.contract-management.incidents', { status: 'open', owner: '  ' })).size).toBe(flagged(spec).size);
  });

  it('says so when the item that would follow them up is marked not applicable, even with its role named', () => {
    const p = withItem(withRoles(spec, { dataProtectionOfficer: 'Dana' }), 'after.contract-management.assurance-report', { status: 'not-applicable' });
    const g = groups(p).find((x) => x.reason === 'itemNotApplicable');
    expect(g).toMatchObject({ itemId: 'after.contract-management.assurance-report' });
    expect(g!.uids.length).toBeGreaterThan(3);
  });

  it('flags nothing once every follow-up has someone to do it', () => {
    const p = withItem(
      withRoles(spec, { owner: 'O', itPedagogue: 'I', procurementOfficer: 'P', dataProtectionOfficer: 'D', schoolLeader: 'S' }),
      'after.contract-management.incidents',
      { status: 'open', owner: 'Ivar IT' },
    );
    expect(groups(p)).toEqual([]);
    expect(bidderBurden(p, catalogue).findings.some((f) => f.code === 'burden.notFollowedUp')).toBe(false);
  });

  it('has a follow-up item in the built-in checklist for every category a contract-checked must can have', () => {
    const afterIds = new Set(catalogue.checklist.filter((c) => c.phase === 'after').map((c) => c.id));
    const p = withRoles(spec, {});
    for (const g of groups(p)) expect(g.reason === 'noPlan').toBe(false);
    for (const id of ['after.contract-management.assurance-report', 'after.contract-management.incidents', 'after.contract-management.service-levels', 'after.contract-management.invoices', 'after.contract-management.conditions', 'after.exit.data-return']) {
      expect(afterIds.has(id)).toBe(true);
    }
  });
});
