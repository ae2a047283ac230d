import { Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../domain/model';
import type { Specification } from '../../domain/specification/assemble';
import { cleanParagraphs, cleanText } from './clean-text';
import type { DocText } from './frame';
import { factsTable, heading, paragraph, table, type TocEntries } from './layout';

const ANSWERS = ['fulfilled', 'partly', 'not'] as const;

/**
 * One box per answer, as the ☐ character the bidder overtypes with ☒ or ✓. Word's clickable
 * check-box controls tripled the export time of long forms, and a printed form works the same.
 */
function answerChoices(t: DocText): Paragraph[] {
  return [
    new Paragraph({
      style: 'TableText',
      children: ANSWERS.map((a, i) => new TextRun({ text: `\u2610 ${t(`export:annex.answerOption.${a}`)}`, break: i > 0 ? 1 : undefined })),
    }),
  ];
}

/** Title and text in one paragraph, split by a line break: one paragraph less per row on long forms. */
function requirementCell(title: string, text: string): Paragraph[] {
  const runs = [new TextRun({ text: cleanText(title), bold: true })];
  for (const line of cleanParagraphs(text)) runs.push(new TextRun({ text: line, break: 1 }));
  return [new Paragraph({ style: 'TableText', children: runs })];
}

/**
 * Annex A: the bidder response form. Every requirement once, with its id, text and kind, a
 * column to tick fulfilled / partly / not and one for a description or a reference to the tender.
 */
export function responseForm(input: { specification: Specification; t: DocText; lang: Language; toc?: TocEntries }): FileChild[] {
  const { specification, t } = input;
  return [
    heading(1, t('export:annex.heading'), undefined, { pageBreakBefore: true, toc: input.toc }),
    paragraph(t('export:annex.intro')),
    factsTable([
      [t('export:annex.bidder'), ''],
      [t('export:annex.date'), ''],
      [t('export:annex.signature'), ''],
    ]),
    new Paragraph({ children: [] }),
    table(
      [
        { header: t('export:annex.id'), share: 1.1 },
        { header: t('export:annex.requirement'), share: 4.4 },
        { header: t('export:annex.kind'), share: 1.3, fit: [t('export:requirements.kind.must'), t('export:requirements.kind.should')] },
        { header: t('export:annex.answer'), share: 1.9, fit: ANSWERS.map((a) => `\u2610 ${t(`export:annex.answerOption.${a}`)}`) },
        { header: t('export:annex.description'), share: 3.3 },
      ],
      specification.requirements.map((n) => [
        n.number,
        requirementCell(n.requirement.title, n.requirement.text),
        t(`export:requirements.kind.${n.requirement.kind}`),
        answerChoices(t),
        '',
      ]),
    ),
  ];
}
