import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../src/domain/catalogue/template-lint';
import { LANGUAGES, type RequirementTemplate, type TemplatePackFile } from '../../../src/domain/model';
import { renderText } from '../../../src/domain/requirement/parameters';
import { validateTemplatePack } from '../../../src/io/validators/generated/validators.js';

const pack = JSON.parse(readFileSync('templates/kravkit-service-commercial.json', 'utf8')) as TemplatePackFile;
const templates: RequirementTemplate[] = pack.templates;
const byId = new Map(templates.map((t) => [t.id, t]));

/** Area and standard ids are fixed by the authoring guide; the foundation pack defines them. */
const guide = readFileSync('docs/TEMPLATE-AUTHORING.md', 'utf8');
const guideAreas = new Set([...guide.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]));
const standardsSection = guide.slice(guide.indexOf('## Standards'), guide.indexOf('## A requirement template'));
const guideStandards = new Set([...standardsSection.matchAll(/`([a-z0-9.-]+)`/g)].map((m) => m[1]).filter((s) => !s.includes('.json')));

const withEvidence = templates.filter((t) => t.contractEvidence);

describe('the service, commercial, legal, exit and AI pack', () => {
  it('validates against the template-pack schema as a built-in pack', () => {
    expect(validateTemplatePack(pack), JSON.stringify(validateTemplatePack.errors?.slice(0, 3))).toBe(true);
    expect(pack.pack.id).toBe('kravkit.service-commercial');
    expect(pack.pack.builtIn).toBe(true);
    expect(pack.pack.languages).toEqual(['sv', 'da', 'en']);
  });

  it('holds at least 75 templates whose texts, parameters and evidence agree', () => {
    expect(templates.length).toBeGreaterThanOrEqual(75);
    expect(templates.flatMap((t) => lintTemplate(t))).toEqual([]);
  });

  it('renders every text in all three languages with no placeholder left', () => {
    const left = templates.flatMap((t) =>
      LANGUAGES.map((lang) => `${t.id} ${lang}: ${renderText(t.text[lang]!, t.parameters, {}, lang)}`).filter((s) => /\{[a-zA-Z]+\}/.test(s)),
    );
    expect(left).toEqual([]);
  });

  it('gives at least 50 templates contract evidence with 3–8 terms in Swedish, Danish and English', () => {
    expect(withEvidence.length).toBeGreaterThanOrEqual(50);
    const badTerms = withEvidence.filter((t) => LANGUAGES.some((l) => {
      const n = t.contractEvidence!.terms[l]?.length ?? 0;
      return n < 3 || n > 8;
    }));
    expect(badTerms.map((t) => t.id)).toEqual([]);
  });

  it('has ids that are unique and carry their category prefix', () => {
    const ids = templates.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefixOf: Record<string, string> = { 'service-level': 'sla.', support: 'support.', commercial: 'commercial.', legal: 'legal.', exit: 'exit.', ai: 'ai.' };
    expect(templates.filter((t) => !t.id.startsWith(prefixOf[t.category] ?? '\0')).map((t) => t.id)).toEqual([]);
  });

  it('covers the topics buyers must not forget, by id', () => {
    const required = [
      'sla.availability', 'support.response-critical', 'commercial.price-adjustment', 'legal.liability-cap', 'legal.term',
      'legal.termination-convenience', 'exit.export-open-formats', 'legal.no-unilateral-changes', 'legal.no-automatic-renewal',
      'legal.governing-law', 'ai.transparency', 'ai.human-oversight',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
    expect(byId.get('exit.export-open-formats')!.standards).toEqual(expect.arrayContaining(['ooxml', 'odf', 'pdf-a', 'csv-rfc4180']));
  });

  it('compares contract values in the direction that protects the buyer', () => {
    const expected: [string, string, string, string][] = [
      ['sla.availability', 'percent', 'percent', 'at-least'],
      ['support.response-critical', 'hours', 'duration', 'at-most'],
      ['legal.termination-convenience', 'months', 'duration', 'at-most'],
      ['exit.export-open-formats', 'days', 'duration', 'at-most'],
      ['commercial.price-adjustment', 'percent', 'percent', 'at-most'],
      ['legal.liability-cap', 'percent', 'percent', 'at-least'],
      ['sla.maintenance-window', 'days', 'duration', 'at-least'],
      ['legal.governing-law', 'country', 'place', 'one-of'],
    ];
    for (const [id, parameter, kind, compare] of expected) {
      expect(byId.get(id)?.contractEvidence?.value, id).toEqual({ parameter, kind, compare });
    }
  });

  it('keeps the availability default inside 95–99.99 % and places the governing law in Sweden or Denmark', () => {
    const percent = byId.get('sla.availability')!.parameters.find((p) => p.name === 'percent')!;
    expect([percent.default, percent.min, percent.max]).toEqual([99.5, 95, 99.99]);
    const country = byId.get('legal.governing-law')!.parameters.find((p) => p.name === 'country')!;
    expect(country.options?.map((o) => o.value).sort()).toEqual(['denmark', 'sweden']);
  });

  it('uses only the area and standard ids the authoring guide fixes', () => {
    expect(guideAreas.size).toBeGreaterThanOrEqual(12);
    expect(templates.flatMap((t) => t.areas).filter((a) => !guideAreas.has(a))).toEqual([]);
    expect(templates.flatMap((t) => t.standards).filter((s) => !guideStandards.has(s))).toEqual([]);
  });

  it('says "or equivalent" in every language whenever a template cites a standard', () => {
    const phrase = { sv: 'eller likvärdigt', da: 'eller tilsvarende', en: 'or equivalent' } as const;
    const missing = templates
      .filter((t) => t.standards.length > 0)
      .flatMap((t) => LANGUAGES.filter((l) => !t.text[l]!.includes(phrase[l])).map((l) => `${t.id} ${l}`));
    expect(missing).toEqual([]);
  });

  it('keeps spearhead templates out of the wizard and evaluated qualities as should/award', () => {
    expect(templates.filter((t) => t.level === 'spearhead' && !t.suggestWhen?.never).map((t) => t.id)).toEqual([]);
    const awards = templates.filter((t) => t.type === 'award');
    expect(awards.length).toBeGreaterThan(0);
    expect(awards.filter((t) => t.kind !== 'should' || t.checkedAt !== 'evaluation').map((t) => t.id)).toEqual([]);
  });
});
