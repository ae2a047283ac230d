import { describe, expect, it } from 'vitest';
import {
  applySuggestions,
  reasonFromString,
  reasonToString,
  staleSuggestions,
  suggestRequirements,
  type SuggestionReason,
} from '../../../src/domain/suggestion/suggest';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import type { RequirementTemplate } from '../../../src/domain/model';
import { catalogueOf, counter, loadPack, miniProject, rulesProject } from './fixtures';

const catalogue = catalogueOf('rules-pack');

/** The rules pack plus templates made from one of its own, changed as named. */
function rulesWith(...extra: (Partial<RequirementTemplate> & { id: string })[]) {
  const pack = loadPack('rules-pack');
  const model = pack.templates.find((t) => t.id === 'func.admin.schedule')!;
  pack.templates.push(...extra.map((e) => ({ ...model, ...e })));
  const built = buildCatalogue([pack]);
  expect(built.problems).toEqual([]);
  return built.catalogue;
}
const ids = (before: ReturnType<typeof rulesProject>['before']) => suggestRequirements(before, catalogue).map((s) => s.templateId);
const reasonsOf = (before: ReturnType<typeof rulesProject>['before'], id: string) =>
  suggestRequirements(before, catalogue).find((s) => s.templateId === id)?.reasons;

describe('suggesting requirements from the answers before the purchase', () => {
  it('suggests templates of a chosen area with the area as reason', () => {
    const before = rulesProject().before;
    expect(ids(before)).toContain('func.lms.feedback');
    expect(reasonsOf(before, 'func.lms.feedback')).toEqual([{ code: 'area', areaId: 'learning-platform' }]);
  });
  it('leaves out templates of areas not chosen', () => {
    expect(ids(rulesProject().before)).not.toContain('func.admin.schedule');
    expect(ids(rulesProject({ areas: ['administration'] }).before)).toContain('func.admin.schedule');
  });
  it('always scopes cross-cutting areas, even with no area chosen', () => {
    const before = rulesProject({ areas: [] }).before;
    expect(ids(before)).toEqual(['exit.data-return']);
    expect(reasonsOf(before, 'exit.data-return')).toEqual([{ code: 'crossCutting', areaId: 'agreement-management' }]);
  });
  it('adds data-processing terms only when personal data is processed', () => {
    expect(ids(rulesProject().before)).not.toContain('privacy.dpa-terms');
    const withData = rulesProject({ classification: { confidentiality: 2, integrity: 2, availability: 2, personalData: true } }).before;
    expect(reasonsOf(withData, 'privacy.dpa-terms')).toEqual([
      { code: 'crossCutting', areaId: 'information-security' },
      { code: 'personalData' },
    ]);
  });
  it('high confidentiality adds the encryption template', () => {
    expect(ids(rulesProject().before)).not.toContain('security.encryption');
    const high = rulesProject({ classification: { confidentiality: 3, integrity: 1, availability: 1, personalData: false } }).before;
    expect(reasonsOf(high, 'security.encryption')).toContainEqual({ code: 'confidentiality', level: 3 });
  });
  it('adds impact-assessment support only when a DPIA is needed', () => {
    expect(ids(rulesProject().before)).not.toContain('privacy.dpia-support');
    const dpia = rulesProject({ classification: { confidentiality: 1, integrity: 1, availability: 1, personalData: true, dpiaNeeded: true } }).before;
    expect(reasonsOf(dpia, 'privacy.dpia-support')).toContainEqual({ code: 'dpia' });
  });
  it('keeps advanced templates out of a low classification', () => {
    expect(ids(rulesProject().before)).not.toContain('security.pen-test');
  });
  it('suggests an advanced template when any classification level reaches 3', () => {
    const before = rulesProject({ classification: { confidentiality: 1, integrity: 3, availability: 1, personalData: false } }).before;
    expect(reasonsOf(before, 'security.pen-test')).toEqual([
      { code: 'crossCutting', areaId: 'information-security' },
      { code: 'integrity', level: 3 },
    ]);
  });
  it('suggests an advanced template whose own minimum level matched, with that level as reason', () => {
    const before = rulesProject({ classification: { confidentiality: 1, integrity: 1, availability: 4, personalData: false } }).before;
    expect(reasonsOf(before, 'sla.high-availability')).toContainEqual({ code: 'availability', level: 4 });
    expect(ids(rulesProject({ classification: { confidentiality: 4, integrity: 1, availability: 2, personalData: false } }).before)).not.toContain(
      'sla.high-availability',
    );
  });
  it('never suggests spearhead or never-templates, whatever the answers', () => {
    const all = rulesProject({
      areas: ['learning-platform', 'administration'],
      classification: { confidentiality: 4, integrity: 4, availability: 4, personalData: true, dpiaNeeded: true },
    }).before;
    expect(ids(all)).not.toContain('ai.adaptive-paths');
    expect(ids(all)).not.toContain('pedagogy.niche');
  });
  it('suggests a standard-bound template when its standard is chosen, even if its area is not', () => {
    expect(ids(rulesProject().before)).not.toContain('interop.ss12000');
    const before = rulesProject({ standards: ['ss12000'] }).before;
    expect(reasonsOf(before, 'interop.ss12000')).toEqual([{ code: 'standard', standardId: 'ss12000' }]);
  });
  it('does not suggest a standard-bound template when its area is chosen but its standard is not', () => {
    expect(ids(rulesProject({ areas: ['administration'] }).before)).not.toContain('interop.ss12000');
  });
  it('mentions a chosen standard the template cites as an extra reason', () => {
    expect(reasonsOf(rulesProject({ standards: ['lti-1.3'] }).before, 'interop.lti')).toEqual([
      { code: 'area', areaId: 'learning-platform' },
      { code: 'standard', standardId: 'lti-1.3' },
    ]);
  });
  it('of a cross-cutting area suggests only the baseline, unless a level calls for more', () => {
    const cat = rulesWith({ id: 'legal.arbitration', category: 'legal', type: 'contract-condition', areas: ['agreement-management'] });
    const idsIn = (before: ReturnType<typeof rulesProject>['before']) => suggestRequirements(before, cat).map((s) => s.templateId);
    expect(idsIn(rulesProject().before)).toContain('exit.data-return');
    expect(idsIn(rulesProject().before)).not.toContain('legal.arbitration');
    const everything = rulesProject({ areas: ['learning-platform', 'administration'], classification: { confidentiality: 4, integrity: 4, availability: 4, personalData: true } }).before;
    expect(idsIn(everything)).not.toContain('legal.arbitration');
  });
  it('suggests a cross-cutting template that also belongs to a chosen area for that area', () => {
    const cat = rulesWith({ id: 'legal.grade-archive', category: 'legal', areas: ['agreement-management', 'administration'] });
    const reasons = (areas: string[]) => suggestRequirements(rulesProject({ areas }).before, cat).find((s) => s.templateId === 'legal.grade-archive')?.reasons;
    expect(reasons(['learning-platform'])).toBeUndefined();
    expect(reasons(['administration'])).toEqual([
      { code: 'area', areaId: 'administration' },
      { code: 'crossCutting', areaId: 'agreement-management' },
    ]);
  });
  it('holds an advanced template with its own level back until the classification is high', () => {
    const cat = rulesWith({ id: 'security.access-log', level: 'advanced', category: 'security', areas: ['information-security'], suggestWhen: { minConfidentiality: 2 } });
    const at = (confidentiality: number) =>
      suggestRequirements(rulesProject({ classification: { confidentiality, integrity: 1, availability: 1, personalData: true } }).before, cat).find((s) => s.templateId === 'security.access-log')?.reasons;
    expect(at(2)).toBeUndefined();
    expect(at(3)).toEqual([
      { code: 'crossCutting', areaId: 'information-security' },
      { code: 'confidentiality', level: 3 },
    ]);
  });
  it('never suggests an advanced template the classification has no bearing on (functional, legal)', () => {
    const cat = rulesWith(
      { id: 'func.lms.offline', level: 'advanced', kind: 'should', type: 'award', areas: ['learning-platform'] },
      { id: 'legal.force-majeure', level: 'advanced', category: 'legal', areas: ['agreement-management'] },
    );
    const all = rulesProject({ classification: { confidentiality: 4, integrity: 4, availability: 4, personalData: true, dpiaNeeded: true } }).before;
    const got = suggestRequirements(all, cat).map((s) => s.templateId);
    expect(got).not.toContain('func.lms.offline');
    expect(got).not.toContain('legal.force-majeure');
    expect(got).toContain('security.pen-test');
  });
  it('suggests an advanced template a chosen integration names, whatever the classification', () => {
    const cat = rulesWith({ id: 'interop.lti-advantage', level: 'advanced', category: 'interoperability', areas: ['learning-platform'], standards: ['lti-1.3'], suggestWhen: { standards: ['lti-1.3'] } });
    const low = { confidentiality: 0, integrity: 0, availability: 0, personalData: false };
    expect(suggestRequirements(rulesProject({ classification: low }).before, cat).map((s) => s.templateId)).not.toContain('interop.lti-advantage');
    expect(suggestRequirements(rulesProject({ classification: low, standards: ['lti-1.3'] }).before, cat).find((s) => s.templateId === 'interop.lti-advantage')?.reasons).toEqual([
      { code: 'area', areaId: 'learning-platform' },
      { code: 'standard', standardId: 'lti-1.3' },
    ]);
  });
  it('lists suggestions in catalogue order, the same every time', () => {
    const before = rulesProject({ areas: ['administration', 'learning-platform'], standards: ['ss12000'] }).before;
    const order = [...catalogue.templates.keys()];
    const got = ids(before);
    expect(got).toEqual([...got].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(ids(before)).toEqual(got);
  });
});

describe('reasons stored on a requirement', () => {
  it('round-trip through their string form', () => {
    const reasons: SuggestionReason[] = [
      { code: 'area', areaId: 'learning-platform' },
      { code: 'crossCutting', areaId: 'information-security' },
      { code: 'standard', standardId: 'lti-1.3' },
      { code: 'personalData' },
      { code: 'confidentiality', level: 3 },
      { code: 'dpia' },
    ];
    expect(reasons.map(reasonToString)).toEqual([
      'area:learning-platform',
      'crossCutting:information-security',
      'standard:lti-1.3',
      'personalData',
      'confidentiality:3',
      'dpia',
    ]);
    expect(reasons.map(reasonToString).map(reasonFromString)).toEqual(reasons);
  });
  it('an unknown reason string reads as null', () => {
    expect(reasonFromString('weather:sunny')).toBeNull();
    expect(reasonFromString('integrity:high')).toBeNull();
  });
});

describe('applying suggestions to a project', () => {
  it('adds suggested templates with version, pack, default kind and default values', () => {
    const project = rulesProject({ classification: { confidentiality: 2, integrity: 2, availability: 2, personalData: true } });
    const suggestions = suggestRequirements(project.before, catalogue);
    const { project: next, added } = applySuggestions(project, suggestions, catalogue, counter());
    expect(added).toEqual(suggestions.map((s) => s.templateId));
    const breach = next.requirements.find((r) => r.templateId === 'privacy.breach-notification');
    expect(breach).toEqual({
      uid: expect.any(String),
      templateId: 'privacy.breach-notification',
      templateVersion: '1.0.0',
      packId: 'test.rules',
      kind: 'must',
      values: { hours: 24 },
      addedBy: 'suggestion',
      reason: ['crossCutting:information-security', 'personalData'],
    });
    expect(next.requirements.find((r) => r.templateId === 'func.lms.feedback')?.kind).toBe('should');
    expect(project.requirements).toEqual([]);
  });
  it('does not add a template twice', () => {
    const project = rulesProject();
    const suggestions = suggestRequirements(project.before, catalogue);
    const once = applySuggestions(project, suggestions, catalogue, counter('a')).project;
    const twice = applySuggestions(once, suggestions, catalogue, counter('b'));
    expect(twice.added).toEqual([]);
    expect(twice.project).toBe(once);
  });
  it('changing areas marks suggestions stale', () => {
    const project = rulesProject({ areas: ['learning-platform', 'administration'] });
    const first = applySuggestions(project, suggestRequirements(project.before, catalogue), catalogue, counter()).project;
    const narrowed = { ...first, before: { ...first.before, areas: ['learning-platform'] } };
    const { stale } = applySuggestions(narrowed, suggestRequirements(narrowed.before, catalogue), catalogue, counter('x'));
    const schedule = first.requirements.find((r) => r.templateId === 'func.admin.schedule');
    expect(stale).toEqual([schedule?.uid]);
  });
  it('lowering the classification marks the encryption suggestion stale', () => {
    const high = rulesProject({ classification: { confidentiality: 3, integrity: 2, availability: 2, personalData: false } });
    const withEnc = applySuggestions(high, suggestRequirements(high.before, catalogue), catalogue, counter()).project;
    const low = { ...withEnc, before: { ...withEnc.before, classification: { ...withEnc.before.classification, confidentiality: 1 } } };
    const uidOf = (id: string) => withEnc.requirements.find((r) => r.templateId === id)?.uid;
    // The advanced pen test rode on the same high level, so it goes stale with the encryption.
    expect(staleSuggestions(low, suggestRequirements(low.before, catalogue))).toEqual([uidOf('security.encryption'), uidOf('security.pen-test')]);
  });
  it('never marks requirements the team added by hand as stale', () => {
    const project = miniProject();
    const handPicked = { ...project, requirements: project.requirements.map((r) => ({ ...r, addedBy: 'library' as const })) };
    expect(staleSuggestions(handPicked, [])).toEqual([]);
    expect(staleSuggestions(project, []).length).toBe(6);
  });
});
