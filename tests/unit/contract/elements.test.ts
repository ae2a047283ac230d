import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/domain/contract/check';
import type { ResolvedRequirement } from '../../../src/domain/requirement/resolve';
import { contractRequirements, textDocument } from './fixtures';

/** A requirement on sub-processors' obligations, with or without the element "the processor stays liable". */
function requirement(withElements: boolean, evidence?: NonNullable<ResolvedRequirement['contractEvidence']>): ResolvedRequirement {
  const r = contractRequirements('sv').find((x) => x.contractEvidence && !x.contractEvidence.value)!;
  const contractEvidence: NonNullable<ResolvedRequirement['contractEvidence']> = {
    terms: { sv: ['samma skyldigheter', 'ålägga', 'underbiträde'], en: ['same obligations', 'impose', 'sub-processor'] },
  };
  if (withElements) {
    contractEvidence.elements = [{ id: 'processor-remains-liable', terms: { sv: ['fullt ansvarig', 'ansvarar fullt ut'], en: ['fully liable', 'remain liable'] } }];
  }
  return { ...r, contractEvidence: evidence ?? contractEvidence };
}

function check(text: string, withElements = true, evidence?: NonNullable<ResolvedRequirement['contractEvidence']>) {
  const run = checkContract(textDocument('dpa.txt', text), [requirement(withElements, evidence)], { id: 'elements', createdAt: '2026-11-28T09:00:00.000Z', country: 'se' });
  return run.findings[0];
}

const SAME_OBLIGATIONS = '5.2 Underbiträden\nPersonuppgiftsbiträdet ska genom skriftligt avtal ålägga varje underbiträde samma skyldigheter som följer av detta avtal.';

describe('required elements of a contract requirement', () => {
  it('says partial, naming the element, when the clause covers the subject but not the element', () => {
    const f = check(SAME_OBLIGATIONS);
    expect(f.status).toBe('partial');
    expect(f.explanation).toEqual({ code: 'element-missing', args: { element: 'fullt ansvarig' } });
    expect(f.evidence[0].location.number).toBe('5.2');
  });

  it('says met when the clause about the subject also states the element, in any inflection', () => {
    const f = check(`${SAME_OBLIGATIONS} Personuppgiftsbiträdet förblir fullt ansvarigt gentemot den personuppgiftsansvarige för underbiträdets fullgörande.`);
    expect(f.status).toBe('met');
    expect(f.explanation?.code).toBe('subject-covered');
  });

  it('does not take the element from a clause that is not about the subject', () => {
    expect(check(`${SAME_OBLIGATIONS}\n12. Skadestånd\nLeverantören är fullt ansvarig för direkta skador.`).status).toBe('partial');
  });

  it('reads the element in the contract language', () => {
    const f = check('5.2 Sub-processors\nThe processor shall impose the same obligations on every sub-processor by written contract.');
    expect(f.status).toBe('partial');
    expect(f.explanation?.args).toEqual({ element: 'fully liable' });
  });

  it('leaves a requirement without elements met on the subject alone', () => {
    expect(check(SAME_OBLIGATIONS, false).status).toBe('met');
  });

  it('takes a transfer the risk scan found as the subject of a safeguards requirement, partial when no safeguard is named', () => {
    const safeguards: NonNullable<ResolvedRequirement['contractEvidence']> = {
      terms: { sv: ['tredjeland', 'överföring', 'standardavtalsklausuler'] },
      elements: [{ id: 'safeguard', terms: { sv: ['standardavtalsklausuler', 'adekvat skyddsnivå'] } }],
    };
    const f = check('4.2 Personuppgifter\nPersonuppgifterna lagras hos Leverantörens underbiträden i USA och inom EU.', true, safeguards);
    expect(f.status).toBe('partial');
    expect(f.explanation).toEqual({ code: 'element-missing', args: { element: 'standardavtalsklausuler' } });
    expect(f.evidence[0].location.number).toBe('4.2');
    expect(check('4.2 Personuppgifter\nPersonuppgifterna lagras inom EU.', true, safeguards).status).toBe('missing');
  });
});
