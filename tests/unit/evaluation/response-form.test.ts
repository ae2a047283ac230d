import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { EvaluatedRequirement } from '../../../src/domain/evaluation/model';
import { answerFromCell, readResponseAnswers } from '../../../src/domain/evaluation/response-form';
import { readResponseForm } from '../../../src/io/response-form/read-response-form';

const requirements: EvaluatedRequirement[] = ['K-1.1', 'K-1.2', 'K-2.1', 'K-2.2', 'K-2.3', 'K-3.1', 'K-3.2'].map((number, i) => ({
  uid: `r${i + 1}`,
  number,
  title: number,
  kind: i < 2 ? 'must' : 'should',
  weight: 1,
  value: 0,
}));

const cell = (lines: string[]) => new TableCell({ children: [new Paragraph({ children: lines.map((text, i) => new TextRun({ text, break: i > 0 ? 1 : undefined })) })] });
const options = (marked: number | null) => ['Uppfyllt', 'Delvis', 'Ej uppfyllt'].map((w, i) => `${i === marked ? '\u2612' : '\u2610'} ${w}`);

async function filledForm(): Promise<Uint8Array> {
  const row = (cells: string[][]) => new TableRow({ children: cells.map(cell) });
  const table = new Table({
    rows: [
      row([['Nr'], ['Krav'], ['Ska/Bör'], ['Svar'], ['Beskrivning / hänvisning']]),
      row([['K-1.1'], ['Incidenter'], ['Ska'], options(0), ['Se bilaga 3, avsnitt 2']]),
      row([['K-1.2'], ['Radering'], ['Ska'], options(1), ['']]),
      row([['K-2.1'], ['LTI'], ['Bör'], ['Opfyldt'], ['']]),
      row([['K-2.2'], ['Offline'], ['Bör'], ['Ja'], ['']]),
      row([['K-2.3'], ['Rapporter'], ['Bör'], options(null), ['']]),
      row([['K-3.1'], ['Export'], ['Bör'], ['\u2612 Uppfyllt', '\u2612 Delvis', '\u2610 Ej uppfyllt'], ['']]),
      row([['K-3.2'], ['Support'], ['Bör'], ['kanske'], ['']]),
      row([['K-9.9'], ['Okänt'], ['Bör'], ['X'], ['']]),
      row([['Krav 4'], ['Utan nummer'], ['Bör'], ['Ja'], ['']]),
    ],
  });
  const doc = new Document({ sections: [{ children: [new Paragraph('Bilaga A. Svarsformulär'), new Table({ rows: [row([['Anbudsgivare'], ['Exempel AB']])] }), table] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('response form import', () => {
  it('reads answers by K-number and reports each unreadable row with its number and why', async () => {
    const read = readResponseForm(await filledForm());
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const result = readResponseAnswers(read.tables, requirements);
    expect(result.answers).toEqual({
      r1: { answer: 'fulfilled', comment: 'Se bilaga 3, avsnitt 2' },
      r2: { answer: 'partly' },
      r3: { answer: 'fulfilled' },
      r4: { answer: 'fulfilled' },
    });
    expect(result.read).toBe(4);
    // The facts table has no K-numbers and is not the form; rows count from the header as row 1.
    expect(result.problems).toEqual([
      { table: 2, row: 6, code: 'no-answer', number: 'K-2.3' },
      { table: 2, row: 7, code: 'several-answers', number: 'K-3.1', text: '\u2612 Uppfyllt \u2612 Delvis \u2610 Ej uppfyllt' },
      { table: 2, row: 8, code: 'unreadable-answer', number: 'K-3.2', text: 'kanske' },
      { table: 2, row: 9, code: 'unknown-number', number: 'K-9.9' },
      { table: 2, row: 10, code: 'no-number', text: 'Krav 4 Utan nummer Bör Ja' },
    ]);
  });

  it('names the requirements the form does not contain', async () => {
    const read = readResponseForm(await filledForm());
    if (!read.ok) throw new Error('unreadable');
    const more = [...requirements, { uid: 'r8', number: 'K-4.1', title: 'Exit', kind: 'must' as const, weight: 0, value: 0 }];
    expect(readResponseAnswers(read.tables, more).problems.at(-1)).toEqual({ code: 'requirement-missing', number: 'K-4.1' });
  });

  it('accepts answer words in Swedish, Danish and English, and ticks', () => {
    const cases: [string, string][] = [
      ['Uppfyllt', 'fulfilled'], ['Ej uppfyllt', 'not'], ['Delvis', 'partly'],
      ['Opfyldt', 'fulfilled'], ['Delvist', 'partly'], ['Ikke opfyldt', 'not'],
      ['Fulfilled', 'fulfilled'], ['Partly', 'partly'], ['Not fulfilled', 'not'],
      ['Ja', 'fulfilled'], ['Nej', 'not'], ['Yes', 'fulfilled'], ['No', 'not'], ['X', 'fulfilled'],
      ['\u2610 Opfyldt\n\u2714 Delvist\n\u2610 Ikke opfyldt', 'partly'],
      ['[x] Fulfilled\n[ ] Partly', 'fulfilled'],
    ];
    for (const [text, answer] of cases) expect([text, answerFromCell(text)]).toEqual([text, { answer }]);
  });

  it('refuses a document with a DOCTYPE and a file that is not a .docx', () => {
    const evil = zipSync({ 'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document>&a;</w:document>') });
    expect(readResponseForm(evil)).toEqual({ ok: false, error: { code: 'entity-tricks' } });
    expect(readResponseForm(strToU8('K-1.1;Uppfyllt'))).toEqual({ ok: false, error: { code: 'not-docx' } });
  });

  it('reads a cell ticked with a Wingdings symbol', async () => {
    const zip = unzipSync(await filledForm());
    const xml = new TextDecoder().decode(zip['word/document.xml']).replace('\u2610 Ej uppfyllt', '<w:sym w:font="Wingdings" w:char="F0FE"/> Ej uppfyllt');
    zip['word/document.xml'] = strToU8(xml);
    const read = readResponseForm(zipSync(zip));
    if (!read.ok) throw new Error('unreadable');
    // The first "☐ Ej uppfyllt" is K-1.1's: now two boxes are ticked there.
    expect(readResponseAnswers(read.tables, requirements).problems[0]).toMatchObject({ row: 2, code: 'several-answers', number: 'K-1.1' });
  });
});
