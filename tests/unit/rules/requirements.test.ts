import { describe, expect, it } from 'vitest';
import {
  addCustom,
  addTemplate,
  moveRequirement,
  removeRequirement,
  setParameter,
  updateRequirement,
} from '../../../src/domain/project/requirements';
import { catalogueOf, miniProject } from './fixtures';

const catalogue = catalogueOf('mini-pack');
const uids = (p: ReturnType<typeof miniProject>) => p.requirements.map((r) => r.uid);

describe('editing the requirement list', () => {
  it('adds a template with its defaults and leaves the original project and its time untouched', () => {
    const p = miniProject();
    const before = JSON.stringify(p);
    const next = addTemplate({ ...p, requirements: [] }, catalogue, 'privacy.breach-notification', 'n1');
    expect(next.requirements).toEqual([
      { uid: 'n1', templateId: 'privacy.breach-notification', templateVersion: '1.0.0', packId: 'test.mini', kind: 'must', values: { hours: 24 }, addedBy: 'library' },
    ]);
    expect(next.updatedAt).toBe(p.updatedAt);
    expect(JSON.stringify(p)).toBe(before);
  });
  it('inserts a template at a given index', () => {
    const next = addTemplate(miniProject(), catalogue, 'sla.availability', 'n1', { index: 1, addedBy: 'cli' });
    expect(uids(next).slice(0, 3)).toEqual(['r1', 'n1', 'r2']);
    expect(next.requirements[1]?.addedBy).toBe('cli');
  });
  it('ignores an unknown template id', () => {
    const p = miniProject();
    expect(addTemplate(p, catalogue, 'no.such', 'n1')).toBe(p);
  });
  it('adds the team own requirement as custom', () => {
    const next = addCustom(miniProject(), { title: 'Egen', text: 'Leverantören ska X.' }, 'c1', 'should');
    expect(next.requirements.at(-1)).toEqual({ uid: 'c1', custom: { title: 'Egen', text: 'Leverantören ska X.' }, kind: 'should', values: {}, addedBy: 'custom' });
  });
  it('removes a requirement by uid', () => {
    expect(uids(removeRequirement(miniProject(), 'r3'))).toEqual(['r1', 'r2', 'r4', 'r5', 'r6', 'r7']);
  });
  it('moves a requirement to a new position, clamped to the list', () => {
    expect(uids(moveRequirement(miniProject(), 'r1', 2))).toEqual(['r2', 'r3', 'r1', 'r4', 'r5', 'r6', 'r7']);
    expect(uids(moveRequirement(miniProject(), 'r7', 0))).toEqual(['r7', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    expect(uids(moveRequirement(miniProject(), 'r1', 99)).at(-1)).toBe('r1');
  });
  it('patches a requirement, keeps its uid and drops fields set to undefined', () => {
    const p = miniProject();
    const next = updateRequirement(p, 'r6', { kind: 'must', weight: undefined, uid: 'hijack' } as never);
    const r6 = next.requirements.find((r) => r.uid === 'r6');
    expect(r6?.kind).toBe('must');
    expect(r6 && 'weight' in r6).toBe(false);
    expect(p.requirements.find((r) => r.uid === 'r6')?.weight).toBe(20);
  });
  it('sets one parameter value and keeps the others', () => {
    const p = miniProject();
    const next = setParameter(p, 'r1', 'hours', 48);
    expect(next.requirements[0]?.values).toEqual({ hours: 48 });
    expect(p.requirements[0]?.values).toEqual({ hours: 24 });
  });
});
