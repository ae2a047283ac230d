import { describe, expect, it } from 'vitest';
import { coverageWarnings, specCoverage } from '../../../src/domain/coverage/coverage';
import { addCustom, addTemplate, removeRequirement, updateRequirement } from '../../../src/domain/project/requirements';
import type { Project } from '../../../src/domain/model';
import { catalogueOf, miniProject, rulesProject } from './fixtures';

const mini = catalogueOf('mini-pack');
const rules = catalogueOf('rules-pack');
const codes = (p: Project, c = mini) => coverageWarnings(p, c).map((w) => w.code);

function withTemplates(p: Project, ids: string[]): Project {
  return ids.reduce((acc, id, i) => addTemplate(acc, rules, id, `t${i}`), p);
}

describe('what the specification covers', () => {
  it('counts requirements per area and per standard', () => {
    const cov = specCoverage(miniProject(), mini);
    expect(cov.areas.find((a) => a.areaId === 'information-security')).toEqual({ areaId: 'information-security', count: 3, chosen: false, crossCutting: true });
    // interop.lti, func.lms.feedback and the custom report name the learning platform
    expect(cov.areas.find((a) => a.areaId === 'learning-platform')?.count).toBe(3);
    expect(cov.standards).toEqual([
      { standardId: 'gdpr-art-28', count: 2, chosen: false },
      { standardId: 'lti-1.3', count: 1, chosen: true },
    ]);
    expect(cov.emptyAreas).toEqual([]);
  });
  it('lists chosen areas that no requirement covers', () => {
    const p = miniProject();
    const cov = specCoverage({ ...p, before: { ...p.before, areas: ['learning-platform', 'administration'] } }, mini);
    expect(cov.emptyAreas).toEqual(['administration']);
    expect(cov.areas.find((a) => a.areaId === 'administration')).toMatchObject({ count: 0, chosen: true });
  });
});

describe('warnings about gaps buyers regret later', () => {
  const personal = { confidentiality: 2, integrity: 2, availability: 2, personalData: true };
  it('a project with personal data and no DPA terms is warned', () => {
    const p = withTemplates(rulesProject({ classification: personal }), ['exit.data-return', 'access.wcag']);
    expect(codes(p, rules)).toContain('coverage.noDataProcessingTerms');
    expect(codes(withTemplates(p, ['privacy.dpa-terms']), rules)).not.toContain('coverage.noDataProcessingTerms');
  });
  it('a project without personal data is not asked for DPA terms or a breach deadline', () => {
    const p = withTemplates(rulesProject(), ['exit.data-return', 'access.wcag']);
    expect(codes(p, rules)).toEqual([]);
  });
  it('a spec without an exit requirement is warned', () => {
    const p = withTemplates(rulesProject(), ['access.wcag']);
    expect(codes(p, rules)).toEqual(['coverage.noExit']);
  });
  it('a spec without an accessibility requirement is warned', () => {
    const p = withTemplates(rulesProject(), ['exit.data-return']);
    expect(codes(p, rules)).toEqual(['coverage.noAccessibility']);
  });
  it('personal data with DPA terms but no breach deadline is warned', () => {
    const p = withTemplates(rulesProject({ classification: personal }), ['exit.data-return', 'access.wcag', 'privacy.dpa-terms']);
    expect(codes(p, rules)).toEqual(['coverage.noBreachDeadline']);
    expect(codes(withTemplates(p, ['privacy.breach-notification']), rules)).toEqual([]);
  });
  it('a custom privacy requirement that states a breach deadline counts', () => {
    const p = withTemplates(rulesProject({ classification: personal }), ['exit.data-return', 'access.wcag', 'privacy.dpa-terms']);
    const custom = addCustom(p, { title: 'Incident', text: 'Leverantören ska anmäla personuppgiftsincidenter inom 12 timmar.', category: 'privacy', verification: 'Avtalet.' }, 'c1');
    expect(codes(custom, rules)).toEqual([]);
  });
  it('a custom must with nothing a bidder can verify is warned by uid', () => {
    const warnings = coverageWarnings(miniProject(), mini);
    expect(warnings).toContainEqual({ code: 'coverage.unverifiableMust', uids: ['r7'] });
  });
  it('a custom should without verification is not a must and is not warned', () => {
    const p = updateRequirement(miniProject(), 'r7', { kind: 'should' });
    expect(codes(p)).not.toContain('coverage.unverifiableMust');
  });
  it('a chosen integration standard no requirement cites is warned', () => {
    const p = removeRequirement(miniProject(), 'r5');
    expect(coverageWarnings(p, mini)).toContainEqual({ code: 'coverage.standardNotCited', standardId: 'lti-1.3' });
    expect(codes(miniProject())).not.toContain('coverage.standardNotCited');
  });
});
