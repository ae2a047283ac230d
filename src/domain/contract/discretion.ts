import { isNegated } from './sentences';

/**
 * Wording that leaves a matter to the supplier ("at our discretion", "utan föregående godkännande",
 * "efter eget skøn"). In a clause about a requirement's subject it means the contract speaks to the
 * requirement and gives the opposite; negated ("shall not … without prior authorisation") it is the
 * buyer's protection.
 */
const DISCRETION =
  /at (?:its|our|the supplier['’]s) (?:sole |absolute )?discretion|without (?:\p{L}+ ){0,3}(?:approval|consent|authori[sz]ation|notice)|efter eget (?:gottfinnande|val)|utan (?:\p{L}+ ){0,3}(?:godkännande|samtycke|medgivande)|efter eget skøn|uden (?:\p{L}+ ){0,3}(?:godkendelse|samtykke|varsel)/giu;

export function grantsDiscretion(sentence: string): { start: number; end: number } | undefined {
  for (const m of sentence.matchAll(DISCRETION)) {
    if (!isNegated(sentence, m.index)) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}
