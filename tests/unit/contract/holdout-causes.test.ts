import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/domain/contract/check';
import { ClauseIndex } from '../../../src/domain/contract/retrieval';
import { findRisks } from '../../../src/domain/contract/risks';
import { segmentClauses } from '../../../src/domain/contract/segment';
import { extractDurations, extractPercents } from '../../../src/domain/contract/values';
import type { Finding, ProjectFile } from '../../../src/domain/model';
import type { ResolvedRequirement } from '../../../src/domain/requirement/resolve';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { textDocument } from './fixtures';
import { REAL_PROJECT } from './real-library';

/*
 * The general causes behind the misses on five contracts written and labelled by readers who had
 * not seen the checker: a Swedish school platform (first run 22 of 45 right), a Danish learning-
 * material service (28), an English assessment platform (26), a Swedish school administration
 * system (29) and a Danish platform drafted in prose (24). Each is pinned here in wording of its
 * own, against the built-in library's requirements.
 */
let requirements: ResolvedRequirement[];
beforeAll(async () => {
  const project = (JSON.parse(readFileSync(REAL_PROJECT, 'utf8')) as ProjectFile).project;
  requirements = assembleSpecification(project, await loadCatalogue(), 'sv').requirements.map((r) => r.requirement);
});

function finding(id: string, text: string): Finding {
  const r = requirements.filter((x) => x.template?.id === id);
  expect(r, id).toHaveLength(1);
  return checkContract(textDocument('avtal.txt', text), r, { id: 'causes', createdAt: '2026-11-28T10:00:00.000Z', country: 'se' }).findings[0];
}

function findingIn(id: string, text: string, language: 'da' | 'en' = 'da'): Finding {
  const r = requirements.filter((x) => x.template?.id === id);
  return checkContract(textDocument('contract.txt', text), r, { id: 'causes', createdAt: '2026-11-28T10:00:00.000Z', country: 'se', language }).findings[0];
}

const risks = (lines: string[], lang: 'sv' | 'da' | 'en' = 'sv') => findRisks(new ClauseIndex(segmentClauses(lines.map((text) => ({ text }))), lang), 'se').map((k) => k.code);

describe('what the school-platform contract taught the contract check', () => {
  it('reads a right to update the terms as a unilateral change, though the clause shares no word with the requirement', () => {
    const f = finding('legal.no-unilateral-changes', '19. Villkorsändringar\n19.1 Leverantören får uppdatera dessa allmänna villkor med sextio dagars varsel.\n19.2 Ändringar i beställningen ska avtalas skriftligen.');
    expect(f.status).toBe('conflict');
    expect(f.explanation).toEqual({ code: 'contract-permits', args: { risk: 'unilateral-change' } });
    expect(f.evidence[0].location.number).toBe('19.1');
  });

  it('reads "fortsätter att gälla ett läsår i taget" as a renewal, and "the agreement ends" as none', () => {
    expect(risks(['17.2 Därefter fortsätter Avtalet att gälla ett Läsår i taget om det inte sägs upp.'])).toContain('automatic-renewal');
    expect(risks(['8.1 The agreement continues for successive periods of twelve months unless terminated.'])).toContain('automatic-renewal');
    expect(risks(['17.2 Avtalet upphör utan uppsägning vid avtalstidens slut.'])).not.toContain('automatic-renewal');
    expect(finding('legal.no-automatic-renewal', '17.1 Avtalstid\nAvtalet gäller i tre år. Därefter fortsätter Avtalet att gälla ett läsår i taget.').status).toBe('conflict');
  });

  it('does not take the GDPR\u2019s own words on instructions for a transfer, but still flags a transfer to a named country', () => {
    expect(risks(['2.1 Biträdet behandlar personuppgifterna endast enligt instruktion. Detta gäller även överföring av personuppgifter till ett land utanför EU/EES eller till en internationell organisation.'])).toEqual([]);
    expect(risks(['6.1 Personuppgifterna får överföras till och lagras i USA.'])).toContain('third-country-transfer');
  });

  it('flags marketing with pupils\u2019 data, not with aggregate statistics no one can be singled out from', () => {
    expect(risks(['10.3 Leverantören får i sin marknadsföring använda aggregerad statistik som inte kan hänföras till enskilda personer.'])).toEqual([]);
    expect(risks(['4.5 Leverantören får använda anonymiserade uppgifter om elevernas användning för marknadsföring.'])).toContain('marketing');
  });

  it('reads using the pupils\u2019 data to develop and improve the service as the supplier\u2019s own purpose', () => {
    expect(risks(['10.2 Leverantören får även använda Användningsdata för att analysera hur Tjänsten används, utveckla nya funktioner och förbättra befintliga.'])).toContain('own-purposes');
  });

  it('finds a place outside the region anywhere data is kept, however many clauses name Sweden first', () => {
    const sweden = '6.1 Tjänsten driftas i datacenter i Sverige och all kunddata lagras i Sverige.\n6.2 Säkerhetskopior lagras i ett separat datacenter i Sverige.';
    expect(finding('privacy.data-location', sweden).status).toBe('met');
    const f = finding('privacy.data-location', `${sweden}\nBilaga 1B Underbiträden\n5. Helvedesk AG lagrar supportärenden och kontaktuppgifter. Plats: Zürich, Schweiz.`);
    expect(f.status).toBe('conflict');
    expect(f.found).toMatchObject({ kind: 'place' });
  });

  it('says partial where the clause only promises to try', () => {
    const f = finding('access.wcag-2.1-aa', '9.1 Tillgänglighet\nLeverantören strävar efter att Tjänstens webbgränssnitt ska följa WCAG 2.1 på nivå AA.');
    expect(f.status).toBe('partial');
    expect(f.explanation).toEqual({ code: 'soft-commitment', args: { text: 'strävar efter' } });
    expect(finding('access.wcag-2.1-aa', '9.1 Tillgänglighet\nTjänstens webbgränssnitt uppfyller WCAG 2.1 på nivå AA enligt EN 301 549.').status).toBe('met');
  });

  it('reads shares and first periods written in words as values', () => {
    expect(extractPercents('begränsat till hälften av den årliga avgiften').map((v) => v.value.kind === 'percent' && v.value.amount)).toEqual([50]);
    expect(extractPercents('capped at twice the annual fees').map((v) => v.value.kind === 'percent' && v.value.amount)).toEqual([200]);
    expect(extractDurations('Avgifterna gäller oförändrade under det första Läsåret.').map((v) => v.value.kind === 'duration' && v.value.amount)).toEqual([24 * 365]);
    expect(finding('commercial.fixed-prices', '12.5 Priser\nAvgifterna är fasta och gäller oförändrade under det första Läsåret. Därefter justeras avgifterna årligen enligt index.').status).toBe('conflict');
    expect(finding('legal.liability-cap', '15.3 Ansvarsbegränsning\nLeverantörens skadeståndsansvar är begränsat till hälften av den årliga abonnemangsavgiften.').status).toBe('conflict');
  });

  it('says partial for audits without inspections, and for assistance with impact assessments only', () => {
    expect(finding('privacy.audits-inspections', '10. Granskning och revision\n10.1 Biträdet ska på Kundens begäran lämna den information som behövs för att Kunden ska kunna genomföra granskning eller revision av behandlingen.').status).toBe('partial');
    expect(finding('privacy.audits-inspections', '10. Granskning\n10.1 Kunden får genomföra granskning, inklusive inspektion på plats, av behandlingen.').status).toBe('met');
    expect(finding('privacy.art32-36-assistance', '8. Bistånd\n8.1 Biträdet ska hjälpa den personuppgiftsansvarige med konsekvensbedömning och förhandssamråd.').status).toBe('partial');
  });

  it('takes a document titled as a processing agreement, or recognised as a standard one, for the agreement itself', () => {
    const titled = 'Databehandleraftale\nmellem Eksempelby Kommune og AppSkole ApS\n1. Sikkerhed\n1.1 Alle data krypteres under overførsel.';
    const f = findingIn('privacy.dpa-before-processing', titled);
    expect(f.status).toBe('met');
    expect(f.explanation).toEqual({ code: 'document-is', args: { title: 'Databehandleraftale' } });
    // A section of a subscription headed so is not the agreement: it may say one is still to be signed.
    expect(findingIn('privacy.dpa-before-processing', 'Abonnementsvilkår\n1. Levering\n1.1 Tjenesten leveres som abonnement.\n4. Databehandleraftale\n4.1 Parterne indgår senere en aftale.').status).toBe('missing');
  });

  it('reads compounds of the terms, a cap in months of fees, data as the supplier\u2019s own as controller, and paid integrations', () => {
    expect(risks(['14.1 Leverandøren kan ændre disse abonnementsvilkår med 2 måneders varsel.'], 'da')).toContain('unilateral-change');
    expect(risks(['13.3 Ansvaret kan ikke overstige et beløb svarende til det vederlag, Kunden har betalt for Tjenesten i de 6 måneder forud for kravet.'], 'da')).toContain('liability-capped-low');
    expect(risks(['6.2 Leverandøren behandler oplysninger om Brugernes anvendelse af Tjenesten som selvstændig dataansvarlig med henblik på at udarbejde statistik.'], 'da')).toContain('own-purposes');
    expect(risks(['8.3 Integration via LTI 1.3 forudsætter tilkøb af modulet Integration Plus.'], 'da')).toContain('extra-charges');
    expect(risks(['12.2 I priset ingår integration via LTI 1.3 och inloggning via Skolfederation utan tillkommande avgift.'])).not.toContain('extra-charges');
    expect(finding('commercial.no-hidden-fees', '12. Priser\n12.3 Anslutning av verktyg via LTI 1.3 debiteras med en uppsättningsavgift per verktyg.').status).toBe('conflict');
  });

  it('finds data placed outside the region by a transfer the risk scan found, though the hosting clause names Denmark', () => {
    const text = '7. Drift og opbevaring af data\n7.1 Tjenesten driftes fra datacentre i Danmark, og alle data opbevares inden for EU/EØS.\n8. Support\n8.1 Supportsager overføres til og behandles af Helpline Software Inc. i USA.';
    expect(findingIn('privacy.data-location', text).status).toBe('conflict');
  });

  it('says partial where a promise is followed by a carve-out, not where "dock senast" bounds it', () => {
    // Testing the language model on pupils' texts is itself a use the ban rules out.
    const testing = 'Skriveassistent\n3.4 Leverandøren bruger ikke elevernes tekster til at træne sprogmodellen. Leverandøren kan dog anvende udvalgte elevtekster til at teste nye versioner af sprogmodellen.';
    expect(findingIn('privacy.no-ai-training', testing).status).toBe('conflict');
    const ban = 'Skriveassistent\n3.4 Leverandøren bruger ikke elevernes tekster til at træne sprogmodellen. Leverandøren kan dog gemme elevtekster sendt til sprogmodellen i 30 dage til fejlsøgning.';
    const f = findingIn('privacy.no-ai-training', ban);
    expect(f.status).toBe('partial');
    expect(f.explanation).toEqual({ code: 'exception', args: { text: 'dog' } });
    expect(findingIn('access.wcag-2.1-aa', 'Digital tilgængelighed\n3.6 Leverandøren arbejder løbende på, at Tjenestens webgrænseflade lever op til WCAG 2.1 niveau AA.').explanation?.code).toBe('soft-commitment');
    const bounded = '9. Personuppgiftsincidenter\n9.1 Biträdet ska underrätta Kunden om en personuppgiftsincident så snart som möjligt, dock senast inom 24 timmar från att incidenten upptäckts.';
    expect(finding('privacy.breach-notification', bounded).status).toBe('met');
  });

  it('reads English terms: support in English only, a right to disclose to investors, training "without restriction", add-ons invoiced separately', () => {
    const support = '6.4 Support Hours\nOur support team is available 08:00 to 17:00 UK time. Support is provided in English. A few help articles have been translated into Swedish.';
    expect(findingIn('support.language', support, 'en').status).toBe('conflict');
    const disclose = '7.5 Student Data\nWe do not sell or rent Student Data to anyone. We may disclose Customer Data to a prospective acquirer of or investor in our business.';
    expect(findingIn('privacy.no-sale-sharing', disclose, 'en').status).toBe('conflict');
    expect(findingIn('privacy.no-sale-sharing', '7.5 Student Data\nWe do not sell or rent Student Data to anyone. We may disclose Customer Data where the law requires it.', 'en').status).not.toBe('conflict');
    const training = '7.4 De-identified Data\nWe may use it, without restriction in time, to train, test and improve the machine-learning models that support automated marking. We do not use Student Data to train generative AI models provided by third parties.';
    expect(risks([training.split('\n')[1]], 'en')).toContain('ai-training');
    expect(findingIn('privacy.no-ai-training', training, 'en').status).toBe('conflict');
    expect(risks(['3.3 Single sign-on through federation is offered as the Identity add-on and is invoiced separately unless it is included in the Order Form.'], 'en')).toContain('extra-charges');
  });

  it('does not take an element a clause rules out for stated, nor a ban\u2019s own negated words for missing', () => {
    const remote = '9. Audits\n9.2 The Customer may conduct an audit by a written questionnaire and a remote review of documentation. Audits shall not include access to our premises or inspections on site.';
    expect(findingIn('privacy.audits-inspections', remote, 'en').status).toBe('partial');
    const ban = '10.5 Reklam och profilering\nTjänsten visar ingen reklam. Elevers personuppgifter används inte för profilering eller riktad marknadsföring.';
    expect(finding('privacy.no-advertising-profiling', ban).status).toBe('met');
  });

  it('reads the school-administration contract: renewal "i sänder", a right to "revidera", a controller of its own by name, remote access from Serbia, third-line answers in English', () => {
    expect(risks(['16.2 Säger ingen av parterna upp Avtalet senast sex månader före periodens utgång fortsätter Avtalet att gälla ett (1) läsår i sänder.'])).toContain('automatic-renewal');
    expect(risks(['16.2 Avtalet förlängs inte automatiskt.'])).not.toContain('automatic-renewal');
    expect(risks(['18.1 Lärovis förbehåller sig rätten att revidera dessa leveransvillkor.'])).toContain('unilateral-change');
    expect(risks(['10.2 För denna behandling är Lärovis självständigt personuppgiftsansvarig.'])).toContain('own-purposes');
    expect(risks(['d) Lärovis Development d.o.o. – felsökning med tillfällig fjärråtkomst till produktionsmiljön – Belgrad, Serbien.'])).toContain('third-country-transfer');
    const support = '7.3 Support\nSupporten besvarar telefonsamtal och ärenden på svenska. Ärenden som lämnas till tredje linjen besvaras skriftligen av utvecklingsteamet, normalt på engelska.';
    expect(finding('support.language', support).status).toBe('conflict');
    expect(finding('support.language', '7.3 Support\nSupporten besvarar telefonsamtal och ärenden på svenska. Manualer finns på engelska.').status).not.toBe('conflict');
  });

  it('reads deadlines in minutes, a promise "så snart det är möjligt" as no deadline, and a safeguarded transfer as no breach of the safeguards requirement', () => {
    expect(extractDurations('påbörjas inom sextio (60) minuter').map((v) => v.value.kind === 'duration' && v.value.amount)).toEqual([1]);
    const incident = '9. Informationssäkerhet\n9.6 Leverantören informerar Kundens kontaktperson om allvarliga säkerhetsincidenter så snart det är möjligt.';
    expect(finding('security.incident-notification', incident)).toMatchObject({ status: 'partial', explanation: { code: 'no-deadline' } });
    const scc = '6. Överföring till tredjeland\n6.2 För överföringen till vårt utvecklingsbolag i Serbien har parterna ingått EU-kommissionens standardavtalsklausuler och dokumenterat en bedömning av överföringen.';
    expect(finding('privacy.third-country-safeguards', scc).status).not.toBe('conflict');
  });

  it('asks for key management beside the algorithm, and for structured school data in an export', () => {
    const aes = '8. Säkerhet\n8.3 Data i databaser och säkerhetskopior krypteras i vila med AES-256.';
    expect(finding('security.encryption-at-rest', aes)).toMatchObject({ status: 'partial', explanation: { code: 'element-missing' } });
    expect(finding('security.encryption-at-rest', `${aes} Krypteringsnycklarna hanteras i en separat nyckelhanteringstjänst.`).status).toBe('met');
  });

  it('cites each paragraph of a section written in prose as a clause, keeping lists and wrapped lines together', () => {
    const clauses = segmentClauses(
      ['Behandling af personoplysninger', 'Vi behandler kun personoplysninger efter Kundens instruks.', 'Alle medarbejdere har underskrevet en fortrolighedserklæring.', 'Blandt andet gælder følgende:', '- data krypteres;', '- der tages sikkerhedskopi hver nat.', '§ 6 Ansvar', '6.3 Ansvaret kan ikke overstige 200.000 kr.', 'Det gælder ikke ved forsæt.'].map((text) => ({ text })),
    );
    expect(clauses.map((c) => [c.number ?? '', c.heading ?? '', c.paragraphs.length])).toEqual([
      ['', 'Behandling af personoplysninger', 1],
      ['', 'Behandling af personoplysninger', 1],
      ['', 'Behandling af personoplysninger', 3],
      ['§ 6', 'Ansvar', 0],
      ['6.3', 'Ansvar', 2],
    ]);
  });

  it('reads a cap that "ikke overstige 200.000 kr.", sharing with partners after "we do not sell", and "the end of the next working day"', () => {
    expect(findingIn('legal.liability-cap', '§ 6 Ansvar\n6.3 Skolebros samlede ansvar under aftalen kan for hele aftalens løbetid ikke overstige 200.000 kr. Begrænsningen gælder ikke ved forsæt.').status).toBe('conflict');
    const partners = 'Deling af oplysninger\nVi sælger ikke personoplysninger og videregiver dem ikke til tredjemand. Vi kan dog give vores samarbejdspartnere navn og e-mailadresse på lærere, så de kan orientere om produkter.';
    expect(findingIn('privacy.no-sale-sharing', partners).status).toBe('conflict');
    expect(extractDurations('senest ved udgangen af arbejdsdagen efter den dag, hvor vi er blevet opmærksomme på bruddet').map((v) => v.value.kind === 'duration' && v.value.amount)).toEqual([48]);
  });
});
