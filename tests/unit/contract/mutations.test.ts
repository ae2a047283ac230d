import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/domain/contract/check';
import { clauseStart } from '../../../src/domain/contract/segment';
import type { CheckRun, Language } from '../../../src/domain/model';
import { contractRequirements, fixtureText, textDocument } from './fixtures';

/**
 * From a contract that fulfils the data-protection requirements: deleting the clause that fulfils a
 * requirement must turn that requirement `missing`, changing its value must turn it `conflict`, and
 * no other finding may change.
 */

function check(text: string, lang: Language): CheckRun {
  return checkContract(textDocument('mutated.txt', text), contractRequirements(lang), { id: 'm', createdAt: '2026-11-22T12:00:00.000Z' });
}

/** Removes a clause (and its sub-clauses) by number: `6` removes 6, 6.1, 6.2 … up to the next clause. */
function deleteClause(text: string, number: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let deleting = false;
  // "Clause 7" has sub-clauses numbered 7.1, 7.2.
  const base = number.replace(/^(clause|section|article)\s+/i, '');
  for (const line of lines) {
    const start = clauseStart(line);
    if (start) deleting = start.number === number || (start.number ?? '').startsWith(`${base}.`);
    if (!deleting) out.push(line);
  }
  const result = out.join('\n');
  if (result === text) throw new Error(`no clause ${number}`);
  return result;
}

function replaceOnce(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`"${from}" not in the contract`);
  return text.replace(from, to);
}

const statuses = (run: CheckRun) => Object.fromEntries(run.findings.map((f) => [f.requirementUid, f.status]));

interface Case {
  file: string;
  lang: Language;
  /** Requirement → the clauses that speak to it. */
  clauses: Record<string, string[]>;
  /** Requirement → a change of its value that violates the specification. */
  values: Record<string, [string, string]>;
}

const CASES: Case[] = [
  {
    file: 'sv-dpa-full.txt',
    lang: 'sv',
    clauses: {
      instructions: ['2', 'Bilaga 1'],
      confidentiality: ['3'],
      'security-measures': ['4'],
      'sub-processors': ['5', 'Bilaga 2'],
      'breach-notification': ['6'],
      'data-subject-rights': ['7'],
      audit: ['8'],
      'data-location': ['9'],
      'deletion-at-end': ['10'],
      'no-ai-training': ['14'],
    },
    values: {
      'breach-notification': ['senast inom 24 timmar', 'senast inom 72 timmar'],
      'deletion-at-end': ['senast 30 dagar', 'senast 90 dagar'],
      'data-location': ['uteslutande inom EU/EES', 'i USA'],
      'no-ai-training': ['får inte använda personuppgifterna', 'får använda personuppgifterna'],
    },
  },
  {
    file: 'da-dpa-full.txt',
    lang: 'da',
    clauses: {
      instructions: ['3', 'Bilag C'],
      confidentiality: ['4'],
      'security-measures': ['5'],
      'sub-processors': ['6', 'Bilag B'],
      'data-location': ['7'],
      'data-subject-rights': ['8'],
      'breach-notification': ['9'],
      'deletion-at-end': ['10'],
      audit: ['11'],
    },
    values: {
      'breach-notification': ['senest inden for 24 timer', 'senest inden for 72 timer'],
      'deletion-at-end': ['senest tredive dage', 'senest halvfems dage'],
      'data-location': ['alene inden for EU/EØS', 'i Indien'],
    },
  },
  {
    file: 'en-dpa-full.txt',
    lang: 'en',
    clauses: {
      instructions: ['Clause 2', 'Annex I'],
      confidentiality: ['Clause 3'],
      'security-measures': ['Clause 4', 'Annex II'],
      'sub-processors': ['Clause 5', 'Annex III'],
      'data-subject-rights': ['Clause 6'],
      'breach-notification': ['Clause 7'],
      'data-location': ['Clause 8'],
      'deletion-at-end': ['Clause 9'],
      audit: ['Clause 10'],
      'no-ai-training': ['Clause 11'],
    },
    values: {
      'breach-notification': ['twenty-four (24) hours', 'seventy-two (72) hours'],
      'deletion-at-end': ['thirty (30) days', 'ninety (90) days'],
      'data-location': ['only within the EU/EEA', 'in the United States'],
      'no-ai-training': ['shall not use the personal data', 'may use the personal data'],
    },
  },
];

describe.each(CASES)('mutating $file', ({ file, lang, clauses, values }) => {
  const original = fixtureText(file);
  const before = statuses(check(original, lang));

  it('starts from a contract that meets every data-protection requirement it speaks to', () => {
    for (const uid of Object.keys(clauses)) expect(before[uid], uid).toBe('met');
  });

  it.each(Object.entries(clauses))('deleting the clauses on %s turns it missing and changes nothing else', (uid, numbers) => {
    const text = numbers.reduce(deleteClause, original);
    const after = statuses(check(text, lang));
    expect(after[uid]).toBe('missing');
    expect({ ...after, [uid]: before[uid] }).toEqual(before);
  });

  it.each(Object.entries(values))('changing the value of %s turns it conflict and changes nothing else', (uid, [from, to]) => {
    const after = statuses(check(replaceOnce(original, from, to), lang));
    expect(after[uid]).toBe('conflict');
    expect({ ...after, [uid]: before[uid] }).toEqual(before);
  });
});
