import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import { lintTemplate } from '../../../src/domain/catalogue/template-lint';
import { checkContract } from '../../../src/domain/contract/check';
import { LANGUAGES, type Language, type RequirementTemplate, type SelectedRequirement, type TemplatePackFile } from '../../../src/domain/model';
import { renderText } from '../../../src/domain/requirement/parameters';
import { resolveRequirements } from '../../../src/domain/requirement/resolve';
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

/** Contract clauses as a buyer would get them back when the supplier accepted the core terms. */
const FULFILLING: Record<Language, string> = {
  sv: `1. Avtalstid. Avtalstiden är tre (3) år från avtalets start. Beställaren har option att förlänga avtalet på oförändrade villkor med upp till två år.
2. Förlängning. Avtalet upphör utan uppsägning vid avtalstidens slut och förlängs inte automatiskt; förlängning sker endast genom beställarens skriftliga beslut om att utnyttja option.
3. Uppsägning. Beställaren får säga upp avtalet utan särskilt skäl med en uppsägningstid om tre (3) månader.
4. Tillgänglighet. Tjänsten ska ha en tillgänglighet om minst 99,7 % per kalendermånad, exklusive planerat underhåll.
5. Planerat underhåll. Planerat underhåll utförs utanför skoltid och aviseras minst 10 dagar i förväg.
6. Svarstid. Kritiska fel ska ha en svarstid om högst 1 timme från felanmälan.
7. Priser. Prisjustering får ske en gång per år enligt konsumentprisindex, dock högst 3 %.
8. Ansvarsbegränsning. Leverantörens skadeståndsansvar är begränsat till 100 % av det årliga avtalsvärdet, utom vid uppsåt eller grov vårdslöshet.
9. Ändringar. Ändringar i avtalet ska göras skriftligen och undertecknas av båda parter.
10. Tillämplig lag och tvist. Svensk lag ska tillämpas på avtalet. Tvist avgörs av allmän domstol i Sverige.
11. Export av data. Leverantören ska på begäran inom 20 dagar exportera all data i öppet format, skol- och elevdata enligt SS 12000, utan extra kostnad.`,
  da: `1. Kontraktperiode. Kontraktperioden er tre (3) år fra kontraktens start, med option for kunden på forlængelse på uændrede vilkår i op til to år.
2. Forlængelse. Kontrakten ophører ved kontraktperiodens udløb og forlænges ikke automatisk; forlængelse kræver kundens skriftlige beslutning om at udnytte option.
3. Opsigelse. Kunden kan opsige kontrakten uden særlig begrundelse med et opsigelsesvarsel på tre (3) måneder.
4. Tilgængelighed. Løsningens tilgængelighed (oppetid) skal være mindst 99,7 % pr. måned, eksklusive planlagt vedligeholdelse.
5. Planlagt vedligeholdelse. Planlagt vedligeholdelse udføres uden for skoletid og varsles mindst 10 dage i forvejen.
6. Responstid. Kritiske fejl har en responstid på højst 1 time fra fejlanmeldelse.
7. Priser. Prisregulering kan ske én gang årligt efter nettoprisindeks, dog højst 3 %.
8. Ansvarsbegrænsning. Leverandørens erstatningsansvar er begrænset til 100 % af den årlige kontraktsum, dog ikke ved forsæt eller grov uagtsomhed.
9. Ændringer. Ændringer skal aftales skriftligt og være underskrevet af begge parter.
10. Lovvalg og værneting. Kontrakten er underlagt dansk ret. Tvister afgøres ved de almindelige domstole i Danmark med værneting ved kundens byret.
11. Dataudtræk. Leverandøren skal på anmodning inden for 20 dage levere dataudtræk i åbent format, skole- og elevdata efter SS 12000, uden ekstra omkostning.`,
  en: `1. Term. The term is three (3) years from the start of the contract, with an option for the buyer to extend on unchanged terms by up to two years.
2. Renewal. The contract expires at the end of the term and shall not renew automatically; any extension requires the buyer's written decision to exercise an option.
3. Termination. The buyer may terminate the contract without cause on three (3) months' notice.
4. Availability. The service shall have an availability (uptime) of at least 99.7 % per month, excluding planned maintenance.
5. Planned maintenance. Planned maintenance takes place outside school hours with at least 10 days' notice.
6. Response time. Critical faults have a response time of at most 1 hour from the fault report.
7. Prices. A price adjustment may be made once a year by the consumer price index, capped at 3 %.
8. Limitation of liability. The supplier's liability for damages is limited to 100 % of the annual contract value, except for intent or gross negligence.
9. Changes. Changes shall be made in writing and signed by both parties.
10. Governing law. This contract is governed by the laws of Sweden. Any dispute shall be settled by the courts of Sweden.
11. Export. On request the supplier shall export all data in an open format, school and pupil data under SS 12000 or OneRoster, within 20 days at no extra cost.`,
};
const CORE = [
  'legal.term', 'legal.no-automatic-renewal', 'legal.termination-convenience', 'sla.availability', 'sla.maintenance-window',
  'support.response-critical', 'commercial.price-adjustment', 'legal.liability-cap', 'legal.no-unilateral-changes',
  'legal.governing-law', 'exit.export-open-formats',
];

function check(lang: Language, text: string, values: Record<string, Record<string, number | string>> = {}) {
  const { catalogue } = buildCatalogue([pack]);
  const selected: SelectedRequirement[] = CORE.map((id) => ({ uid: id, templateId: id, templateVersion: '1.0.0', packId: pack.pack.id, kind: 'must', values: values[id] ?? {} }));
  const doc = { name: 'contract.txt', format: 'txt' as const, blocks: text.split('\n').map((l) => ({ text: l })) };
  const run = checkContract(doc, resolveRequirements(selected, catalogue, lang), { id: 'run', createdAt: '2026-11-22T00:00:00Z', language: lang });
  return Object.fromEntries(run.findings.map((f) => [f.requirementUid, f.status]));
}

describe('the pack\'s contract evidence in the contract check', () => {
  for (const lang of LANGUAGES) {
    it(`recognises a ${lang} contract that accepts the core terms as meeting every one of them`, () => {
      const status = check(lang, FULFILLING[lang], lang === 'da' ? { 'legal.governing-law': { country: 'denmark' } } : {});
      expect(Object.entries(status).filter(([, s]) => s !== 'met')).toEqual([]);
    });
  }

  it('flags a contract whose availability, notice and price cap fall short as conflicts', () => {
    const worse = FULFILLING.sv.replace('99,7 %', '98 %').replace('tre (3) månader', 'tolv (12) månader').replace('högst 3 %', 'högst 8 %');
    const status = check('sv', worse);
    expect([status['sla.availability'], status['legal.termination-convenience'], status['commercial.price-adjustment']]).toEqual(['conflict', 'conflict', 'conflict']);
  });

  it('flags governing law of the other country as a conflict', () => {
    expect(check('sv', FULFILLING.sv, { 'legal.governing-law': { country: 'denmark' } })['legal.governing-law']).toBe('conflict');
  });
});
