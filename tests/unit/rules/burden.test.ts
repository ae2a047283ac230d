import { describe, expect, it } from 'vitest';
import { bidderBurden, burdenLevel, MUST_COUNT_HIGH, MUST_COUNT_WARN } from '../../../src/domain/burden/burden';
import { jaccard, nearDuplicatePairs, wordsOf } from '../../../src/domain/burden/near-duplicates';
import { addCustom, addTemplate, updateRequirement } from '../../../src/domain/project/requirements';
import type { Project } from '../../../src/domain/model';
import { catalogueOf, miniProject, rulesProject } from './fixtures';

const mini = catalogueOf('mini-pack');
const rules = catalogueOf('rules-pack');
const finding = (p: Project, code: string, c = rules) => bidderBurden(p, c).findings.filter((f) => f.code === code);

describe('how many musts a bidder must meet', () => {
  it('grades the must count against the named thresholds', () => {
    expect(burdenLevel(MUST_COUNT_WARN - 1)).toBe('ok');
    expect(burdenLevel(MUST_COUNT_WARN)).toBe('warn');
    expect(burdenLevel(MUST_COUNT_HIGH)).toBe('high');
    expect(burdenLevel(499)).toBe('high');
  });
  it('counts only musts', () => {
    const report = bidderBurden(miniProject(), mini);
    expect(report.mustCount).toBe(6);
    expect(report.level).toBe('ok');
  });
  it('a spec of 120 custom musts is a high burden', () => {
    let p = rulesProject();
    for (let i = 0; i < 120; i++) p = addCustom(p, { title: `K${i}`, text: `Krav nummer ${i} om ämne ${i * 7}.`, verification: 'Intyg.' }, `c${i}`);
    expect(bidderBurden(p, rules).level).toBe('high');
  });
});

describe('musts nobody will follow up', () => {
  it('a contract condition checked only at evaluation is flagged', () => {
    const p = addTemplate(rulesProject(), rules, 'exit.data-return', 'x1');
    const contradictory = { ...rules, templates: new Map(rules.templates) };
    const entry = rules.templates.get('exit.data-return');
    if (!entry) throw new Error('fixture lacks exit.data-return');
    contradictory.templates.set('exit.data-return', { ...entry, template: { ...entry.template, checkedAt: 'evaluation' } });
    expect(bidderBurden(p, contradictory).findings).toContainEqual({ code: 'burden.notFollowedUp', uids: ['x1'], groups: [{ reason: 'conditionAtEvaluation', uids: ['x1'] }] });
    // Checked during the contract as the template says, it is no contradiction; at most it waits for a follow-up plan.
    const groups = finding(p, 'burden.notFollowedUp').flatMap((f) => (f.code === 'burden.notFollowedUp' ? f.groups : []));
    expect(groups.map((g) => g.reason)).not.toContain('conditionAtEvaluation');
  });
  it('a custom must checked at evaluation with no verification is flagged, one with verification is not', () => {
    let p = addCustom(rulesProject(), { title: 'A', text: 'Tjänsten ska vara rolig.', checkedAt: 'evaluation' }, 'c1');
    p = addCustom(p, { title: 'B', text: 'Tjänsten ska ha en manual på svenska.', checkedAt: 'evaluation', verification: 'Manualen bifogas.' }, 'c2');
    expect(finding(p, 'burden.notFollowedUp')).toEqual([{ code: 'burden.notFollowedUp', uids: ['c1'], groups: [{ reason: 'unverifiable', uids: ['c1'] }] }]);
  });
  it('a functional must checked at evaluation is fine', () => {
    const p = addTemplate(rulesProject({ areas: ['administration'] }), rules, 'func.admin.schedule', 'f1');
    expect(finding(p, 'burden.notFollowedUp')).toEqual([]);
  });
});

describe('duplicates', () => {
  it('the same template twice is a duplicate', () => {
    let p = addTemplate(rulesProject(), rules, 'access.wcag', 'a1');
    p = addTemplate(p, rules, 'access.wcag', 'a2');
    expect(finding(p, 'burden.duplicate')).toEqual([{ code: 'burden.duplicate', templateId: 'access.wcag', uids: ['a1', 'a2'] }]);
    expect(finding(p, 'burden.nearDuplicate')).toEqual([]);
  });
  it('a custom requirement copying a template with small changes is a near-duplicate', () => {
    let p = addTemplate(rulesProject(), rules, 'exit.data-return', 'e1');
    p = addCustom(p, { title: 'Data', text: 'Leverantören ska lämna tillbaka all data i öppet format när avtalet upphör!', verification: 'Avtal.' }, 'c1');
    p = addCustom(p, { title: 'Annat', text: 'Plattformen ska stödja inloggning med skolfederation.', verification: 'Demo.' }, 'c2');
    const near = finding(p, 'burden.nearDuplicate');
    expect(near).toEqual([{ code: 'burden.nearDuplicate', uids: ['e1', 'c1'], similarity: 1 }]);
  });
  it('texts under the threshold are not near-duplicates', () => {
    const pairs = nearDuplicatePairs([
      { id: 'a', text: 'Leverantören ska underrätta inom 24 timmar.' },
      { id: 'b', text: 'Leverantören ska radera uppgifter inom 30 dagar.' },
    ]);
    expect(pairs).toEqual([]);
  });
  it('the prefix filter finds the same pairs as comparing every pair', () => {
    const words = ['elev', 'lärare', 'vårdnadshavare', 'uppgift', 'schema', 'betyg', 'frånvaro', 'rapport', 'export', 'import', 'inloggning', 'kalender'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const items = Array.from({ length: 300 }, (_, i) => ({
      id: `r${i}`,
      text: Array.from({ length: 4 + Math.floor(rnd() * 5) }, () => words[Math.floor(rnd() * words.length)]).join(' '),
    }));
    const brute: string[] = [];
    const sets = items.map((x) => new Set(wordsOf(x.text)));
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) if (jaccard(sets[i]!, sets[j]!) >= 0.8) brute.push(`${items[i]!.id}|${items[j]!.id}`);
    const fast = nearDuplicatePairs(items).map((p) => `${p.a}|${p.b}`);
    expect(brute.length).toBeGreaterThan(0);
    expect(fast.sort()).toEqual(brute.sort());
  });
});

describe('requirements outside the chosen areas', () => {
  it('a template for an area the team did not choose is flagged, cross-cutting ones are not', () => {
    let p = addTemplate(rulesProject(), rules, 'func.admin.schedule', 's1');
    p = addTemplate(p, rules, 'exit.data-return', 'e1');
    p = addTemplate(p, rules, 'access.wcag', 'w1');
    expect(finding(p, 'burden.outsideAreas')).toEqual([{ code: 'burden.outsideAreas', uids: ['s1'] }]);
  });
});

describe('requirements for a chosen integration', () => {
  it('a template citing a chosen standard is not outside the areas, as the wizard suggested it for that standard', () => {
    const p = addTemplate(rulesProject({ standards: ['ss12000'] }), rules, 'interop.ss12000', 'i1');
    expect(finding(p, 'burden.outsideAreas')).toEqual([]);
    expect(finding({ ...p, before: { ...p.before, standards: [] } }, 'burden.outsideAreas')).toEqual([{ code: 'burden.outsideAreas', uids: ['i1'] }]);
  });
});

describe('musts that could be weighted shoulds', () => {
  it('suggests functional, award and advanced musts but never privacy or legal ones', () => {
    let p = addTemplate(rulesProject(), rules, 'func.lms.feedback', 'f1', {});
    p = updateRequirement(p, 'f1', { kind: 'must' });
    p = addTemplate(p, rules, 'security.pen-test', 'pt');
    p = addTemplate(p, rules, 'privacy.dpa-terms', 'dpa');
    p = addTemplate(p, rules, 'access.wcag', 'w1');
    p = addCustom(p, { title: 'Ped', text: 'Stöd för formativ bedömning.', category: 'pedagogy', verification: 'Demo.' }, 'c1');
    expect(finding(p, 'burden.mustCouldBeShould')).toEqual([{ code: 'burden.mustCouldBeShould', uids: ['f1', 'pt', 'c1'] }]);
  });
  it('a should is never asked to become a should', () => {
    const p = addTemplate(rulesProject(), rules, 'func.lms.feedback', 'f1');
    expect(finding(p, 'burden.mustCouldBeShould')).toEqual([]);
  });
});
