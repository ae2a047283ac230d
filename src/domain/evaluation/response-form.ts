import type { Bid } from '../model';
import type { Answer, EvaluatedRequirement } from './model';

/** A table read back from a filled-in response form: rows of cell texts, paragraphs joined by newlines. */
export interface FormTable {
  rows: string[][];
}

export type ResponseFormProblem =
  | { code: 'no-table' }
  | { table: number; row: number; code: 'no-number'; text: string }
  | { table: number; row: number; code: 'unknown-number'; number: string }
  | { table: number; row: number; code: 'duplicate-number'; number: string }
  | { table: number; row: number; code: 'no-answer'; number: string }
  | { table: number; row: number; code: 'several-answers'; number: string; text: string }
  | { table: number; row: number; code: 'unreadable-answer'; number: string; text: string }
  | { code: 'requirement-missing'; number: string };

export interface ResponseFormReading {
  answers: Bid['answers'];
  /** Requirement rows read with an answer. */
  read: number;
  problems: ResponseFormProblem[];
}

const NUMBER = /^K-\d+(\.\d+)+$/;
const BOX_EMPTY = /^[\u2610\u25a1]\s*/;
const BOX_MARKED = /^(?:[\u2612\u2611\u2713\u2714\u2717\u2718\u25a0\u25a3]|\[[xX]\]|\([xX]\)|[xX](?=\s))\s*/;

/** Answer words in sv, da and en as bidders write them, normalised to lower case. */
const WORDS: Record<string, Answer> = {};
const add = (answer: Answer, words: string[]) => words.forEach((w) => (WORDS[w] = answer));
add('fulfilled', ['uppfyllt', 'uppfylls', 'uppfyller', 'uppfyllt helt', 'ja', 'opfyldt', 'opfyldes', 'opfylder', 'fulfilled', 'fully fulfilled', 'met', 'yes', 'x']);
add('partly', ['delvis', 'delvis uppfyllt', 'uppfylls delvis', 'delvist', 'delvist opfyldt', 'opfyldes delvist', 'partly', 'partly fulfilled', 'partially', 'partially fulfilled', 'partial']);
add('not', ['ej uppfyllt', 'inte uppfyllt', 'uppfylls ej', 'uppfylls inte', 'ej', 'nej', 'ikke opfyldt', 'opfyldes ikke', 'ikke', 'not fulfilled', 'not met', 'not', 'no']);

export function answerFromWord(text: string): Answer | null {
  const w = text.toLowerCase().replace(/[.:;!]+$/, '').replace(/\s+/g, ' ').trim();
  return WORDS[w] ?? null;
}

/**
 * The answer in a cell: either one of the ☐ options overtyped with ☒ / ✓ / X, or a word typed in.
 * Returns the answer, or why it cannot be read.
 */
export function answerFromCell(cell: string): { answer: Answer } | { problem: 'no-answer' | 'several-answers' | 'unreadable-answer' } {
  const lines = cell.split(/\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return { problem: 'no-answer' };
  const boxed = lines.some((l) => BOX_EMPTY.test(l)) || lines.length > 1;
  if (boxed) {
    const marked = lines.filter((l) => BOX_MARKED.test(l));
    if (marked.length === 0) return { problem: lines.every((l) => BOX_EMPTY.test(l)) ? 'no-answer' : 'unreadable-answer' };
    if (marked.length > 1) return { problem: 'several-answers' };
    const answer = answerFromWord(marked[0].replace(BOX_MARKED, ''));
    return answer ? { answer } : { problem: 'unreadable-answer' };
  }
  const only = lines[0].replace(BOX_MARKED, '');
  const answer = answerFromWord(only === '' ? 'x' : only);
  return answer ? { answer } : { problem: 'unreadable-answer' };
}

const HEADER_ANSWER = /^(svar|answer|response|besvarelse)/i;
const HEADER_DESCRIPTION = /^(beskrivning|beskrivelse|description|reference|referens|kommentar|comment)/i;

/**
 * Reads the bidder's answers from every table whose first column holds K-numbers, mapping numbers
 * back to requirement uids. Rows are counted from 1 per table, header included, as Word shows them.
 */
export function readResponseAnswers(tables: readonly FormTable[], requirements: readonly EvaluatedRequirement[]): ResponseFormReading {
  const byNumber = new Map(requirements.map((r) => [r.number, r]));
  const answers: Bid['answers'] = {};
  const problems: ResponseFormProblem[] = [];
  const seen = new Set<string>();
  let read = 0;
  const numbered = tables.map((t, i) => ({ t, i: i + 1 })).filter(({ t }) => t.rows.some((r) => NUMBER.test((r[0] ?? '').trim())));
  // The specification's summary table also lists K-numbers; when some table has an answer column, read only those.
  const answering = numbered.filter(({ t }) => (t.rows[0] ?? []).some((h) => HEADER_ANSWER.test(h.trim())));
  const formTables = answering.length ? answering : numbered;
  if (formTables.length === 0) return { answers, read, problems: [{ code: 'no-table' }] };

  for (const { t, i: table } of formTables) {
    const header = t.rows[0] ?? [];
    const headerIsRow = NUMBER.test((header[0] ?? '').trim());
    let answerCol = headerIsRow ? -1 : header.findIndex((h) => HEADER_ANSWER.test(h.trim()));
    if (answerCol < 0) answerCol = 3;
    let descriptionCol = headerIsRow ? -1 : header.findIndex((h) => HEADER_DESCRIPTION.test(h.trim()));
    if (descriptionCol < 0) descriptionCol = 4;

    t.rows.forEach((cells, index) => {
      const row = index + 1;
      const first = (cells[0] ?? '').trim();
      if (index === 0 && !headerIsRow) return;
      if (!NUMBER.test(first)) {
        const text = cells.join(' ').replace(/\s+/g, ' ').trim();
        if (text) problems.push({ table, row, code: 'no-number', text: text.slice(0, 80) });
        return;
      }
      const requirement = byNumber.get(first);
      if (!requirement) return void problems.push({ table, row, code: 'unknown-number', number: first });
      if (seen.has(first)) return void problems.push({ table, row, code: 'duplicate-number', number: first });
      seen.add(first);
      const cell = cells[answerCol] ?? '';
      const result = answerFromCell(cell);
      if ('problem' in result) {
        if (result.problem === 'no-answer') problems.push({ table, row, code: 'no-answer', number: first });
        else problems.push({ table, row, code: result.problem, number: first, text: cell.replace(/\s+/g, ' ').trim().slice(0, 80) });
        return;
      }
      const comment = (cells[descriptionCol] ?? '').trim();
      answers[requirement.uid] = comment ? { answer: result.answer, comment: comment.slice(0, 20000) } : { answer: result.answer };
      read++;
    });
  }
  for (const r of requirements) if (!seen.has(r.number)) problems.push({ code: 'requirement-missing', number: r.number });
  return { answers, read, problems };
}
