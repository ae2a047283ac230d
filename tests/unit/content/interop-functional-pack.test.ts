import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../src/domain/catalogue/template-lint';
import { LANGUAGES, type RequirementTemplate, type TemplatePackFile } from '../../../src/domain/model';
import { validateTemplatePack } from '../../../src/io/validators/generated/validators.js';

const pack = JSON.parse(readFileSync('templates/kravkit-interop-functional.json', 'utf8')) as TemplatePackFile;
const byId = new Map(pack.templates.map((t) => [t.id, t]));
const find = (id: string): RequirementTemplate => {
  const t = byId.get(id);
  if (!t) throw new Error(`missing template ${id}`);
  return t;
};

/** The non-cross-cutting areas of docs/TEMPLATE-AUTHORING.md; each needs something to suggest. */
const AREAS = [
  'learning-platform',
  'collaboration',
  'administration',
  'learning-materials',
  'assessment',
  'dashboards',
  'analytics',
  'identity-access',
  'infrastructure',
  'ai-in-learning',
];

/** National Danish standards: only relevant when the project chose to integrate with them. */
const DANISH = ['uni-login', 'dk-lom', 'dk-cartridge', 'dk-lti', 'materialeplatformen', 'faelles-maal', 'nsis'];

const OR_EQUIVALENT = { sv: /likvärdig/, da: /tilsvarende/, en: /equivalent/ } as const;

describe('the interoperability, identity, accessibility and functional pack', () => {
  it('validates against the template-pack schema as the built-in kravkit.interop-functional pack', () => {
    expect(validateTemplatePack(pack), JSON.stringify(validateTemplatePack.errors?.slice(0, 3))).toBe(true);
    expect(pack.pack).toMatchObject({ id: 'kravkit.interop-functional', version: '1.0.0', publisher: 'Kravkit', licence: 'CC-BY-4.0', builtIn: true });
    expect(pack.areas).toEqual([]);
    expect(pack.standards).toEqual([]);
    expect(pack.checklist).toEqual([]);
  });

  it('holds at least 80 templates with unique ids under the interop, identity, access, func.<area> and pedagogy prefixes', () => {
    const ids = pack.templates.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(80);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^(interop|identity|access|pedagogy)\.[a-z0-9]/.test(id) && !/^func\.[a-z-]+\.[a-z0-9]/.test(id))).toEqual([]);
    const funcAreas = pack.templates.filter((t) => t.id.startsWith('func.')).filter((t) => !t.areas.includes(t.id.split('.')[1]));
    expect(funcAreas.map((t) => t.id)).toEqual([]);
  });

  it('has no content problems: every placeholder has a parameter, every parameter is used, defaults are valid', () => {
    expect(pack.templates.flatMap(lintTemplate)).toEqual([]);
  });

  it('writes every template in Swedish, Danish and English', () => {
    const fields = ['title', 'motive', 'text', 'verification'] as const;
    const lacking = pack.templates.filter((t) => fields.some((f) => LANGUAGES.some((l) => !t[f][l]?.trim())));
    expect(lacking.map((t) => t.id)).toEqual([]);
  });

  it('gives at least 15 templates contract evidence with 3–8 terms per language, and every contract condition has it', () => {
    const withEvidence = pack.templates.filter((t) => t.contractEvidence);
    expect(withEvidence.length).toBeGreaterThanOrEqual(15);
    const badTerms = withEvidence.filter((t) => LANGUAGES.some((l) => {
      const n = t.contractEvidence!.terms[l]?.length ?? 0;
      return n < 3 || n > 8;
    }));
    expect(badTerms.map((t) => t.id)).toEqual([]);
    expect(pack.templates.filter((t) => t.type === 'contract-condition' && !t.contractEvidence).map((t) => t.id)).toEqual([]);
  });

  it('compares durations the right way round: remediation and deprovisioning at most, notice at least', () => {
    const timeUnits = ['minutes', 'hours', 'days', 'weeks', 'months', 'years'];
    for (const t of pack.templates) {
      const v = t.contractEvidence?.value;
      if (v?.kind !== 'duration') continue;
      const unit = t.parameters.find((p) => p.name === v.parameter)?.unit;
      expect(timeUnits, `${t.id}: ${v.parameter}`).toContain(unit);
    }
    expect(find('access.remediation').contractEvidence?.value).toEqual({ parameter: 'days', kind: 'duration', compare: 'at-most' });
    expect(find('identity.deprovisioning').contractEvidence?.value).toEqual({ parameter: 'hours', kind: 'duration', compare: 'at-most' });
    expect(find('interop.api-versioning').contractEvidence?.value).toEqual({ parameter: 'months', kind: 'duration', compare: 'at-least' });
  });

  it('gives each of the ten non-cross-cutting areas at least three templates', () => {
    for (const area of AREAS) {
      expect(pack.templates.filter((t) => t.areas.includes(area)).length, area).toBeGreaterThanOrEqual(3);
    }
  });

  it('covers login via Skolfederation and UNI-Login, SS 12000, OneRoster, LTI and WCAG, each citing its standard', () => {
    const expected: [string, string][] = [
      ['identity.skolfederation-login', 'skolfederation'],
      ['identity.uni-login', 'uni-login'],
      ['interop.ss12000-organisation', 'ss12000'],
      ['interop.ss12000-persons', 'ss12000'],
      ['interop.ss12000-groups', 'ss12000'],
      ['interop.oneroster-rostering', 'oneroster-1.2'],
      ['interop.lti-1.3-launch', 'lti-1.3'],
      ['access.wcag-2.1-aa', 'wcag-2.1'],
    ];
    for (const [id, standard] of expected) expect(find(id).standards, id).toContain(standard);
  });

  it('says "or equivalent" in all three languages wherever a template cites a standard', () => {
    const missing = pack.templates
      .filter((t) => t.standards.length > 0)
      .flatMap((t) => LANGUAGES.filter((l) => !OR_EQUIVALENT[l].test(t.text[l] ?? '')).map((l) => `${t.id} ${l}`));
    expect(missing).toEqual([]);
  });

  it('suggests national Danish integrations only when the project chose them, and spearhead templates never', () => {
    const danish = pack.templates.filter((t) => t.standards.some((s) => DANISH.includes(s)));
    expect(danish.length).toBeGreaterThan(0);
    const unconditioned = danish.filter((t) => !t.suggestWhen?.never && !t.suggestWhen?.standards?.length);
    expect(unconditioned.map((t) => t.id)).toEqual([]);
    const spearheads = pack.templates.filter((t) => t.level === 'spearhead');
    expect(spearheads.length).toBeGreaterThan(0);
    expect(spearheads.filter((t) => t.suggestWhen?.never !== true).map((t) => t.id)).toEqual([]);
  });

  it('evaluates every should-requirement or makes it a contract condition', () => {
    const stray = pack.templates.filter((t) => t.kind === 'should' && t.type !== 'award' && t.type !== 'contract-condition');
    expect(stray.map((t) => t.id)).toEqual([]);
  });
});
