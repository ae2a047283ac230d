import { describe, expect, it } from 'vitest';
import { ClauseIndex } from '../../../src/domain/contract/retrieval';
import { findRisks } from '../../../src/domain/contract/risks';
import { segmentClauses } from '../../../src/domain/contract/segment';
import type { Language } from '../../../src/domain/model';

const risksIn = (lines: string[], lang: Language, country = 'se') =>
  [...new Set(findRisks(new ClauseIndex(segmentClauses(lines.map((text) => ({ text }))), lang), country).map((r) => r.code))].sort();

describe('risk flags in Swedish', () => {
  it('flags each risky term', () => {
    expect(
      risksIn(
        [
          '1.1 Leverantören har rätt att när som helst ändra dessa villkor.',
          '2.1 Avtalet förlängs automatiskt med tolv månader om det inte sägs upp.',
          '3.1 Leverantörens ansvar är begränsat till avgifterna för de senaste tre månaderna.',
          '4.1 Leverantören får använda uppgifterna för egna ändamål och för marknadsföring.',
          '4.2 Leverantören får använda elevernas texter för träning av AI-modeller.',
          '5.1 Avtalet ska tolkas enligt lagen i England. Tvister avgörs av domstol i London.',
          '6.1 Leverantören är inte skyldig att radera kunddata när avtalet upphör.',
        ],
        'sv',
      ),
    ).toEqual(['ai-training', 'automatic-renewal', 'foreign-law', 'foreign-venue', 'liability-capped-low', 'marketing', 'no-deletion', 'own-purposes', 'unilateral-change']);
  });

  it('does not flag the buyer’s protections, which negate the same words', () => {
    expect(
      risksIn(
        [
          '1.1 Leverantören får inte använda personuppgifterna för egna ändamål, för marknadsföring eller för träning av AI-modeller.',
          '2.1 Överföring av personuppgifter till tredjeland får inte ske.',
          '3.1 Svensk lag ska tillämpas på avtalet. Tvister avgörs av allmän domstol i Sverige.',
          '4.1 Avtalet förlängs inte automatiskt.',
        ],
        'sv',
      ),
    ).toEqual([]);
  });
});

describe('risk flags in Danish', () => {
  it('flags each risky term', () => {
    expect(
      risksIn(
        [
          '1.1 Leverandøren forbeholder sig retten til at ændre disse vilkår.',
          '2.1 Aftalen forlænges automatisk med et år ad gangen.',
          '3.1 Leverandøren hæfter ikke for indirekte tab.',
          '4.1 Leverandøren må bruge oplysningerne til markedsføring.',
          '5.1 Personoplysninger kan overføres til og opbevares i USA.',
        ],
        'da',
        'dk',
      ),
    ).toEqual(['automatic-renewal', 'liability-excluded', 'marketing', 'third-country-transfer', 'unilateral-change']);
  });

  it('reads Danish law and a Danish venue as home for a Danish buyer, foreign for a Swedish one only when named abroad', () => {
    expect(risksIn(['9.1 Aftalen er underlagt dansk ret, og tvister afgøres ved retten i København.'], 'da', 'dk')).toEqual([]);
  });
});
