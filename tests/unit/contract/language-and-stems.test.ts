import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/domain/contract/language';
import { fold, stem, tokenize } from '../../../src/domain/contract/normalise';
import { ClauseIndex } from '../../../src/domain/contract/retrieval';
import { segmentClauses } from '../../../src/domain/contract/segment';

describe('contract language detection', () => {
  it('tells Swedish, Danish and English apart by their function words', () => {
    expect(detectLanguage('Personuppgiftsbiträdet ska inte behandla personuppgifter för andra ändamål än enligt avtalet och instruktionen.')).toBe('sv');
    expect(detectLanguage('Databehandleren må ikke behandle personoplysninger til andre formål end efter aftalen og instruksen.')).toBe('da');
    expect(detectLanguage('The processor shall not process personal data for any purpose other than the agreement and the instructions.')).toBe('en');
  });
});

describe('normalising words', () => {
  it('folds accents that are not letters of their own but keeps å, ä, ö, æ and ø', () => {
    expect(fold('Café Ärende Færdig Øre Åtgärd')).toBe('cafe ärende færdig øre åtgärd');
  });

  it('gives inflected forms a stem that starts with the base form stem, since matching compares by prefix', () => {
    expect(stem('underbiträden', 'sv')).toBe(stem('underbiträde', 'sv'));
    expect(stem('underdatabehandlere', 'da').startsWith(stem('underdatabehandler', 'da'))).toBe(true);
    expect(stem('processors', 'en')).toBe(stem('processor', 'en'));
  });

  it('joins in-word hyphens so sub-processor and subprocessor are one word, with offsets into the source', () => {
    const [t] = tokenize('Sub-processors', 'en');
    expect(t.word).toBe('subprocessors');
    expect([t.start, t.end]).toEqual([0, 14]);
  });
});

describe('finding evidence terms in clauses', () => {
  const index = (lines: string[], lang: 'sv' | 'da' | 'en') => new ClauseIndex(segmentClauses(lines.map((text) => ({ text }))), lang);

  it('finds underbiträde in underbiträden and in the compound underbiträdesavtal', () => {
    const i = index(['1. Underbiträden', 'Biträdet får anlita underbiträden.', '2. Avtal', 'Ett underbiträdesavtal ska tecknas.'], 'sv');
    expect([...i.findTerm('underbiträde', 0).keys()]).toEqual([0, 1]);
  });

  it('finds underdatabehandler in its inflections and sub-processor in "sub-processors"', () => {
    expect(index(['1. Brug af underdatabehandlere', 'Underdatabehandleren skal godkendes.'], 'da').findTerm('underdatabehandler', 0).size).toBe(1);
    expect(index(['Clause 5', 'The processor may engage sub-processors.'], 'en').findTerm('sub-processor', 0).size).toBe(1);
  });

  it('finds a long term as the last part of a compound (incident in personuppgiftsincident)', () => {
    expect(index(['6.1 Vid en personuppgiftsincident ska biträdet underrätta.'], 'sv').findTerm('incident', 0).size).toBe(1);
  });

  it('matches a phrase only with its words in order and close together', () => {
    const i = index(['1.1 Tekniska och organisatoriska åtgärder vidtas.', '1.2 Åtgärder av olika slag; tekniska frågor löses senare i projektet.'], 'sv');
    expect([...i.findTerm('tekniska och organisatoriska åtgärder', 0).keys()]).toEqual([0]);
  });
});
