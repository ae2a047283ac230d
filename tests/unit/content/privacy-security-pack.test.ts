import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintTemplate } from '../../../src/domain/catalogue/template-lint';
import { LANGUAGES, type RequirementTemplate, type TemplatePackFile } from '../../../src/domain/model';
import { validateTemplatePack } from '../../../src/io/validators/generated/validators.js';

const pack = JSON.parse(readFileSync('templates/kravkit-privacy-security.json', 'utf8')) as TemplatePackFile;
const byId = new Map(pack.templates.map((t) => [t.id, t]));
const find = (id: string): RequirementTemplate => {
  const t = byId.get(id);
  if (!t) throw new Error(`missing template ${id}`);
  return t;
};

/** The template(s) that carry each element of GDPR Art. 28(3); a DPA missing any of them is unlawful. */
const ART_28_3: Record<string, string[]> = {
  a: ['privacy.documented-instructions'],
  b: ['privacy.staff-confidentiality'],
  c: ['privacy.security-measures'],
  d: ['privacy.subprocessor-authorisation', 'privacy.subprocessor-same-obligations', 'privacy.subprocessor-list', 'privacy.subprocessor-change-notice'],
  e: ['privacy.data-subject-rights'],
  f: ['privacy.art32-36-assistance'],
  g: ['privacy.deletion-or-return', 'privacy.deletion-certificate'],
  h: ['privacy.compliance-information', 'privacy.audits-inspections', 'privacy.mandated-auditor'],
};

describe('the privacy and security pack', () => {
  it('validates against the template-pack schema as the built-in kravkit.privacy-security pack', () => {
    expect(validateTemplatePack(pack), JSON.stringify(validateTemplatePack.errors?.slice(0, 3))).toBe(true);
    expect(pack.pack).toMatchObject({ id: 'kravkit.privacy-security', version: '1.0.0', publisher: 'Kravkit', licence: 'CC-BY-4.0', builtIn: true });
    expect(pack.areas).toEqual([]);
    expect(pack.standards).toEqual([]);
    expect(pack.checklist).toEqual([]);
  });

  it('holds at least 75 templates with unique ids prefixed privacy. or security.', () => {
    const ids = pack.templates.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(75);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^(privacy|security)\./.test(id))).toEqual([]);
  });

  it('gives at least 60 templates contract evidence with terms in Swedish, Danish and English', () => {
    const withTerms = pack.templates.filter((t) => t.contractEvidence && LANGUAGES.every((l) => (t.contractEvidence!.terms[l]?.length ?? 0) >= 3));
    expect(withTerms.length).toBeGreaterThanOrEqual(60);
    const overlong = pack.templates.filter((t) => t.contractEvidence && LANGUAGES.some((l) => (t.contractEvidence!.terms[l]?.length ?? 0) > 8));
    expect(overlong.map((t) => t.id)).toEqual([]);
  });

  it('puts contract evidence on every contract condition', () => {
    const lacking = pack.templates.filter((t) => t.type === 'contract-condition' && !t.contractEvidence);
    expect(lacking.map((t) => t.id)).toEqual([]);
  });

  it('has a template for each element (a)–(h) of GDPR Art. 28(3), each citing Art. 28', () => {
    for (const [element, ids] of Object.entries(ART_28_3)) {
      for (const id of ids) {
        const t = find(id);
        expect(t.standards, `${element}: ${id}`).toContain('gdpr-art-28');
        expect(t.kind, `${element}: ${id}`).toBe('must');
      }
    }
  });

  it('requires breach notification within an hours parameter (default 24, at most 72) that a contract must not exceed', () => {
    const t = find('privacy.breach-notification');
    const hours = t.parameters.find((p) => p.name === 'hours');
    expect(hours).toMatchObject({ unit: 'hours', default: 24, max: 72 });
    expect(t.contractEvidence?.value).toEqual({ parameter: 'hours', kind: 'duration', compare: 'at-most' });
    for (const l of LANGUAGES) expect(t.text[l]).toContain('{hours}');
  });

  it('compares the numbers and places a contract must state in the right direction', () => {
    const expected: [string, string, string, string][] = [
      ['privacy.deletion-or-return', 'days', 'duration', 'at-most'],
      ['privacy.subprocessor-change-notice', 'days', 'duration', 'at-least'],
      ['privacy.data-location', 'region', 'place', 'one-of'],
      ['privacy.access-log', 'months', 'duration', 'at-least'],
      ['security.security-logging', 'months', 'duration', 'at-least'],
      ['security.vulnerability-patching', 'days', 'duration', 'at-most'],
      ['security.penetration-tests', 'months', 'duration', 'at-most'],
    ];
    for (const [id, parameter, kind, compare] of expected) expect(find(id).contractEvidence?.value, id).toEqual({ parameter, kind, compare });
  });

  it('offers only the known place values for data location', () => {
    const places = ['eu-eea', 'nordics', 'sweden', 'denmark', 'eu-eea-or-adequacy'];
    for (const t of pack.templates) {
      for (const p of t.parameters.filter((q) => q.name === 'region')) {
        expect(p.options?.map((o) => o.value), t.id).toEqual(places);
        expect(places, t.id).toContain(p.default);
      }
    }
  });

  it('forbids advertising, profiling and AI training on pupils\u2019 data under the product areas they concern', () => {
    expect(find('privacy.no-advertising-profiling').areas).toContain('analytics');
    expect(find('privacy.no-ai-training').areas).toContain('ai-in-learning');
    expect(find('security.mfa-administrators').areas).toContain('identity-access');
  });

  it('keeps spearhead templates out of the wizard and narrows suggestions by classification', () => {
    for (const t of pack.templates.filter((x) => x.level === 'spearhead' && x.kind === 'should')) expect(t.suggestWhen, t.id).toEqual({ never: true });
    expect(find('privacy.dpia-support').suggestWhen).toEqual({ dpia: true });
    expect(find('security.encryption-at-rest').suggestWhen?.minConfidentiality).toBeGreaterThanOrEqual(2);
    expect(find('security.audit-trail').suggestWhen?.minIntegrity).toBeGreaterThanOrEqual(1);
    expect(find('security.backups').suggestWhen?.minAvailability).toBeGreaterThanOrEqual(1);
  });

  it('says "or equivalent" in every language whenever a template cites ISO/IEC 27001, ISAE or OWASP', () => {
    const equivalent = { sv: 'eller likvärdigt', da: 'eller tilsvarende', en: 'or equivalent' } as const;
    const citing = pack.templates.filter((t) => /ISO\/IEC 27001|ISAE|OWASP|NIS2|TLS/.test(t.text.en ?? ''));
    expect(citing.length).toBeGreaterThan(0);
    for (const t of citing) for (const l of LANGUAGES) expect(t.text[l], `${t.id} ${l}`).toContain(equivalent[l]);
  });

  it('has every text, title, motive and verification in all three languages and no template lint problem', () => {
    const problems = pack.templates.flatMap((t) => lintTemplate(t));
    expect(problems).toEqual([]);
    for (const t of pack.templates) {
      for (const l of LANGUAGES) {
        for (const field of [t.title, t.motive, t.text, t.verification]) expect(field[l]?.trim(), `${t.id} ${l}`).toBeTruthy();
        for (const p of t.parameters) expect(t.text[l], `${t.id} ${l}`).toContain(`{${p.name}}`);
      }
    }
  });
});
