import { CheckBox, Paragraph, TextRun, type FileChild } from 'docx';
import type { Language } from '../../domain/model';
import type { Specification } from '../../domain/specification/assemble';
import { cleanParagraphs, cleanText } from './clean-text';
import type { DocText } from './frame';
import { factsTable, heading, paragraph, table } from './layout';

const ANSWERS = ['fulfilled', 'partly', 'not'] as const;

/**
 * One tick box per answer, as Word content-control check boxes the bidder can click; the box
 * symbol is ordinary text too, so LibreOffice and a printout show it.
 */
function answerChoices(t: DocText): Paragraph[] {
  return ANSWERS.map(
    (a) =>
      new Paragraph({
        style: 'TableText',
        children: [new CheckBox({ checked: false, alias: t(`export:annex.answerOption.${a}`) }), new TextRun(` ${t(`export:annex.answerOption.${a}`)}`)],
      }),
  );
}

function requirementCell(title: string, text: string): Paragraph[] {
  return [
    new Paragraph({ style: 'TableText', keepNext: true, children: [new TextRun({ text: cleanText(title), bold: true })] }),
    ...cleanParagraphs(text).map((line) => new Paragraph({ style: 'TableText', children: [new TextRun(line)] })),
  ];
}

/**
 * Annex A: the bidder response form. Every requirement once, with its id, text and kind, a
 * column to tick fulfilled / partly / not and one for a description or a reference to the tender.
 */
export function responseForm(input: { specification: Specification; t: DocText; lang: Language }): FileChild[] {
  const { specification, t } = input;
  return [
    heading(1, t('export:annex.heading'), undefined, { pageBreakBefore: true }),
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
        { header: t('export:annex.kind'), share: 1.3 },
        { header: t('export:annex.answer'), share: 1.9 },
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
