import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, PHASES, type LocalizedText, type Role, type TemplatePackFile } from '../../../src/domain/model';
import { validateTemplatePack } from '../../../src/io/validators/generated/validators.js';

const raw: unknown = JSON.parse(readFileSync('templates/kravkit-foundation.json', 'utf8'));
const pack = raw as TemplatePackFile;

// The ids docs/TEMPLATE-AUTHORING.md promises to the authors of the requirement packs.
const DOCUMENTED_AREAS = [
  'learning-platform', 'collaboration', 'administration', 'learning-materials', 'assessment', 'dashboards',
  'analytics', 'identity-access', 'infrastructure', 'ai-in-learning', 'information-security', 'agreement-management',
];
const DOCUMENTED_STANDARDS = [
  'ss12000', 'egil', 'skolfederation', 'moa', 'fidus', 'uni-login', 'dk-lom', 'dk-cartridge', 'dk-lti',
  'materialeplatformen', 'faelles-maal', 'nsis', 'lti-1.3', 'oneroster-1.2', 'qti-3.0', 'caliper-1.2',
  'common-cartridge-1.3', 'xapi', 'ieee-lom', 'saml-2.0', 'oidc', 'eduperson', 'wcag-2.1', 'en-301-549',
  'web-accessibility-directive', 'iso-27001', 'iso-27701', 'isae-3000', 'isae-3402', 'nis2',
  'gdpr-art-28', 'gdpr-art-32', 'gdpr-art-33', 'eu-scc-2021-915', 'dk-standard-clauses', 'pub-avtal',
  'ooxml', 'odf', 'pdf-a', 'csv-rfc4180', 'openapi',
];
const ROLES: Role[] = ['it-pedagogue', 'procurement-officer', 'school-leader', 'data-protection-officer', 'it-security', 'owner'];

function hasAllLanguages(text: LocalizedText | undefined): boolean {
  return LANGUAGES.every((lang) => (text?.[lang] ?? '').trim().length > 0);
}

describe('the foundation pack', () => {
  it('validates against the template-pack schema', () => {
    expect(validateTemplatePack(raw), JSON.stringify(validateTemplatePack.errors?.slice(0, 3))).toBe(true);
    expect(pack.pack.id).toBe('kravkit.foundation');
    expect(pack.templates).toEqual([]);
  });

  it('defines exactly the twelve documented areas, named and described in every language', () => {
    expect(pack.areas.map((a) => a.id).sort()).toEqual([...DOCUMENTED_AREAS].sort());
    for (const area of pack.areas) {
      expect(hasAllLanguages(area.name) && hasAllLanguages(area.description), area.id).toBe(true);
      expect(area.edtechMap?.processes.length ?? 0, area.id).toBeGreaterThanOrEqual(3);
    }
    const crossCutting = pack.areas.filter((a) => a.crossCutting).map((a) => a.id).sort();
    expect(crossCutting).toEqual(['agreement-management', 'information-security']);
  });

  it('defines every documented standard, each saying what it covers in sv, da and en', () => {
    expect(pack.standards.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(pack.standards.map((s) => s.id));
    expect(DOCUMENTED_STANDARDS.filter((id) => !ids.has(id))).toEqual([]);
    for (const standard of pack.standards) expect(hasAllLanguages(standard.covers), standard.id).toBe(true);
  });

  it('names every standard in sv, da and en, keeping a short language-neutral name beside the title', () => {
    for (const standard of pack.standards) {
      expect(hasAllLanguages(standard.title), standard.id).toBe(true);
      expect(standard.name.length, standard.id).toBeLessThanOrEqual(30);
      // Swedish letters in a Danish or English title mean a Swedish name was copied across.
      for (const lang of ['da', 'en'] as const) expect(standard.title![lang], `${standard.id} ${lang}`).not.toMatch(/[äöÄÖ]/);
    }
    const byId = new Map(pack.standards.map((s) => [s.id, s]));
    expect(byId.get('ss12000')!.name).toBe('SS 12000');
    expect(byId.get('ss12000')!.title!.en).toMatch(/^SS 12000 – Interface for information exchange/);
    expect(byId.get('web-accessibility-directive')!.title).toEqual({ sv: 'Webbtillgänglighetsdirektivet', da: 'Webtilgængelighedsdirektivet', en: 'Web Accessibility Directive' });
  });

  it('keeps a pack whose standards have no title valid (packs written before titles)', () => {
    const old = structuredClone(raw) as TemplatePackFile;
    for (const s of old.standards) delete s.title;
    expect(validateTemplatePack(old)).toBe(true);
    const partial = structuredClone(raw) as TemplatePackFile;
    partial.standards[0].title = { da: 'Kun dansk' };
    expect(validateTemplatePack(partial)).toBe(true);
  });

  it('serves every area with some standard, and points standards only at known areas', () => {
    const areaIds = new Set(pack.areas.map((a) => a.id));
    const served = new Set(pack.standards.flatMap((s) => s.areas));
    expect(DOCUMENTED_AREAS.filter((id) => !served.has(id))).toEqual([]);
    expect([...served].filter((id) => !areaIds.has(id))).toEqual([]);
  });

  it('has a checklist of at least 75 items with at least 15 per phase, all in three languages', () => {
    expect(pack.checklist.length).toBeGreaterThanOrEqual(75);
    for (const phase of PHASES) expect(pack.checklist.filter((i) => i.phase === phase).length, phase).toBeGreaterThanOrEqual(15);
    for (const item of pack.checklist) {
      expect(hasAllLanguages(item.text), item.id).toBe(true);
      if (item.help) expect(hasAllLanguages(item.help), `${item.id} help`).toBe(true);
      expect(item.id.startsWith(`${item.phase}.`), item.id).toBe(true);
    }
  });

  it('gives every role at least one checklist item to own', () => {
    const owners = new Set(pack.checklist.map((i) => i.role));
    expect(ROLES.filter((r) => !owners.has(r))).toEqual([]);
  });

  it('uses each area, standard and checklist id only once', () => {
    for (const ids of [pack.areas.map((a) => a.id), pack.standards.map((s) => s.id), pack.checklist.map((i) => i.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
