import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import { catalogueCounts } from '../../../src/domain/catalogue/counts';
import { LANGUAGES, type Parameter, type TemplatePackFile } from '../../../src/domain/model';
import { renderText } from '../../../src/domain/requirement/parameters';
import { validateTemplatePack } from '../../../src/io/validators/generated/validators.js';

const files = readdirSync('templates').filter((f) => f.startsWith('kravkit-') && f.endsWith('.json'));
const packs = files.map((f) => JSON.parse(readFileSync(`templates/${f}`, 'utf8')) as TemplatePackFile);
const { catalogue, problems } = buildCatalogue(packs);
const templates = [...catalogue.templates.values()].map((e) => e.template);

/** The values at the edges of a parameter's allowed range, plus its default. */
function boundaryValues(p: Parameter): (string | number)[] {
  if (p.type === 'enum') return (p.options ?? []).map((o) => o.value);
  return [p.default, p.min, p.max].filter((v): v is number | string => v !== undefined);
}

describe('the built-in library', () => {
  it('has four packs that each validate against the schema', () => {
    expect(files.sort()).toEqual(['kravkit-foundation.json', 'kravkit-interop-functional.json', 'kravkit-privacy-security.json', 'kravkit-service-commercial.json']);
    for (const [i, p] of packs.entries()) expect(validateTemplatePack(p), `${files[i]}: ${JSON.stringify(validateTemplatePack.errors?.slice(0, 3))}`).toBe(true);
  });

  it('combines without clashing ids, dangling references or template problems', () => {
    expect(problems).toEqual([]);
  });

  it('holds the promised amount of content', () => {
    const c = catalogueCounts(catalogue);
    console.log(`library: ${JSON.stringify(c)}`);
    expect(c.standards).toBeGreaterThanOrEqual(30);
    expect(c.templates).toBeGreaterThanOrEqual(200);
    expect(c.templatesInAllLanguages).toBe(c.templates);
    expect(c.withContractEvidence).toBeGreaterThanOrEqual(80);
    expect(c.checklistItems).toBeGreaterThanOrEqual(60);
  });

  it('renders every template in all three languages with defaults and with boundary values, leaving no placeholder', () => {
    const left: string[] = [];
    for (const t of templates) {
      for (const lang of LANGUAGES) {
        const variants = [{}, ...t.parameters.flatMap((p) => boundaryValues(p).map((v) => ({ [p.name]: v })))];
        for (const values of variants) {
          const text = renderText(t.text[lang]!, t.parameters, values, lang);
          if (/\{[a-zA-Z]+\}/.test(text)) left.push(`${t.id} ${lang}: ${text}`);
        }
      }
    }
    expect(left).toEqual([]);
  });

  it('gives every template an area and uses every standard in some template', () => {
    expect(templates.filter((t) => t.areas.length === 0).map((t) => t.id)).toEqual([]);
    const used = new Set(templates.flatMap((t) => t.standards));
    expect([...catalogue.standards.keys()].filter((s) => !used.has(s))).toEqual([]);
  });

  it('gives every contract-evidence block terms in all three languages', () => {
    const lacking = templates.filter((t) => t.contractEvidence && LANGUAGES.some((l) => !(t.contractEvidence!.terms[l]?.length)));
    expect(lacking.map((t) => t.id)).toEqual([]);
  });

  it('gives every required element of contract evidence a distinct id and terms in all three languages', () => {
    const elements = templates.flatMap((t) => (t.contractEvidence?.elements ?? []).map((e) => ({ template: t.id, ...e })));
    expect(elements.length).toBeGreaterThanOrEqual(8);
    expect(elements.filter((e) => LANGUAGES.some((l) => !(e.terms[l]?.length))).map((e) => `${e.template}/${e.id}`)).toEqual([]);
    const duplicated = templates.filter((t) => {
      const ids = (t.contractEvidence?.elements ?? []).map((e) => e.id);
      return new Set(ids).size !== ids.length;
    });
    expect(duplicated.map((t) => t.id)).toEqual([]);
  });

  it('covers every area and every element of GDPR Art. 28(3) and the topics buyers regret missing', () => {
    for (const a of catalogue.areas.keys()) expect(templates.some((t) => t.areas.includes(a)), a).toBe(true);
    const text = (t: (typeof templates)[number]) => `${t.id} ${t.title.en} ${t.text.en}`.toLowerCase();
    const topics: [string, RegExp][] = [
      ['instructions', /instruction/],
      ['confidentiality', /confidential/],
      ['sub-processors', /sub-?processor/],
      ['data-subject rights', /data subject/],
      ['deletion or return', /delet|return/],
      ['audits', /audit|inspection/],
      ['breach notification', /breach/],
      ['third-country transfers', /third.countr/],
      ['accessibility', /wcag|en 301 549/],
      ['exit export', /export/],
      ['price adjustment', /price/],
      ['liability', /liabilit/],
      ['termination', /terminat/],
      ['no advertising or profiling', /advertis|profil/],
      ['no AI training', /train/],
    ];
    for (const [topic, re] of topics) expect(templates.some((t) => re.test(text(t))), topic).toBe(true);
  });
});
