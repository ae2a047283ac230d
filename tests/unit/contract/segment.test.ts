import { describe, expect, it } from 'vitest';
import { clauseStart, segmentClauses } from '../../../src/domain/contract/segment';
import { recogniseAgreement } from '../../../src/domain/contract/agreement';

describe('clause numbers', () => {
  it('recognises decimal, §, Clause, Artikel and annex numbering', () => {
    expect(clauseStart('7.1 Leverantören ska')?.number).toBe('7.1');
    expect(clauseStart('7. Personuppgiftsincidenter')?.number).toBe('7');
    expect(clauseStart('§ 3 Instruks')?.number).toBe('§ 3');
    expect(clauseStart('Clause 9 Notification of personal data breach')?.number).toBe('Clause 9');
    expect(clauseStart('Bilaga 2 Lista över underbiträden')?.number).toBe('Bilaga 2');
    expect(clauseStart('Bilag A Oplysninger om behandlingen')?.number).toBe('Bilag A');
    expect(clauseStart('Annex III List of sub-processors')?.number).toBe('Annex III');
  });

  it('does not take a sentence that begins with a number for a clause', () => {
    expect(clauseStart('30 dagar efter uppsägning upphör avtalet.')).toBeUndefined();
    expect(clauseStart('2 timmar är maxtiden')).toBeUndefined();
  });
});

describe('segmenting a contract into clauses', () => {
  const blocks = ['AVTAL', '6. Personuppgiftsincidenter', '6.1 Biträdet ska underrätta den ansvarige.', 'Underrättelsen ska vara skriftlig.', '6.2 Rapporten ska beskriva incidenten.', 'Bilaga 1 Instruktion', 'Ändamål: lärplattform.'].map((text, i) => ({ text, page: i < 4 ? 1 : 2 }));
  const clauses = segmentClauses(blocks);

  it('keeps numbers, own or inherited headings, paragraphs and pages', () => {
    const c61 = clauses.find((c) => c.number === '6.1')!;
    expect(c61.heading).toBe('Personuppgiftsincidenter');
    expect(c61.paragraphs).toEqual(['Biträdet ska underrätta den ansvarige.', 'Underrättelsen ska vara skriftlig.']);
    expect(c61.page).toBe(1);
    expect(clauses.find((c) => c.number === '6.2')!.page).toBe(2);
    expect(clauses.find((c) => c.number === 'Bilaga 1')!.heading).toBe('Instruktion');
  });

  it('gives every clause a distinct id in document order', () => {
    expect(clauses.map((c) => c.id)).toEqual(clauses.map((_, i) => `c${i + 1}`));
  });
});

describe('recognising standard agreements by their structure', () => {
  const seg = (lines: string[]) => segmentClauses(lines.map((text) => ({ text })));
  it('knows the EU standard contractual clauses, the Danish standard clauses and the PuB-avtal', () => {
    expect(recogniseAgreement(seg(['STANDARD CONTRACTUAL CLAUSES', 'Clause 5 Docking clause', 'Clause 7.7 Use of sub-processors', 'Clause 9 Notification of personal data breach', 'Annex IV List of sub-processors', 'Commission Implementing Decision (EU) 2021/915']))).toBe('eu-scc-2021-915');
    expect(recogniseAgreement(seg(['Standardkontraktsbestemmelser', 'i henhold til artikel 28, stk. 3', 'Bilag A Oplysninger', 'Bilag B Underdatabehandlere', 'Bilag C Instruks', 'Bilag D Andre forhold']))).toBe('dk-standard-clauses');
    expect(recogniseAgreement(seg(['Personuppgiftsbiträdesavtal', 'Personuppgiftsansvarig', 'Bilaga 1 Instruktion', 'Bilaga 2 Lista över underbiträden', 'Framtaget av SKR, Adda och Inera']))).toBe('pub-avtal');
  });

  it('does not name an agreement from a title alone', () => {
    expect(recogniseAgreement(seg(['Standard contractual clauses', 'We process your data.']))).toBe('unknown');
  });

  it('does not call a Swedish DPA a PuB-avtal for the words every Swedish DPA uses', () => {
    const generic = ['PERSONUPPGIFTSBITRÄDESAVTAL', '1. Parter', '1.1 Avtalet ingås mellan kommunen (Personuppgiftsansvarig) och leverantören.', '2. Instruktion', '2.1 Biträdet behandlar personuppgifter enligt instruktion.'];
    expect(recogniseAgreement(seg(generic))).toBe('unknown');
    expect(recogniseAgreement(seg(['Databehandleraftale', '§ 1 Formål', 'Bilag A Oplysninger om behandlingen']))).toBe('unknown');
  });
});
