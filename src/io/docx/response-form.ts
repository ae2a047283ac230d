import { Paragraph, TextRun, type FileChild } from 'docx';
import type { Language, Project } from '../../domain/model';
import type { Specification } from '../../domain/specification/assemble';
import { cleanParagraphs, cleanText } from './clean-text';
import { frameDocument, memoText, specificationCover, type DocText } from './frame';
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
export function responseForm(input: { specification: Specification; t: DocText; lang: Language; toc?: TocEntries; standalone?: { project: Project } }): FileChild[] {
  const { specification, t, standalone } = input;
  const lead: FileChild[] = standalone
    ? [heading(1, t('export:responseForm.heading')), paragraph(refersTo(standalone.project, t))]
    : [heading(1, t('export:annex.heading'), undefined, { pageBreakBefore: true, toc: input.toc })];
  return [
    ...lead,
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

/** Which specification a form sent on its own answers, so a returned form can be matched to it. */
function refersTo(project: Project, t: DocText): string {
  const args = { title: project.title, reference: project.reference ?? '', version: project.specVersion ?? '' };
  if (project.reference && project.specVersion) return t('export:responseForm.refersToReferenceVersion', args);
  if (project.reference) return t('export:responseForm.refersToReference', args);
  return t('export:responseForm.refersTo', args);
}

export interface ResponseFormDocumentInput {
  project: Project;
  specification: Specification;
  lang: Language;
  t: DocText;
  /** ISO date the form is dated; the project's last change when not given. */
  date?: string;
}

/**
 * The bidder response form on its own, an editable Word file the procurement officer sends to
 * bidders: the same table as Annex A of the specification, so the evaluation reads it back alike.
 */
export function responseFormDocument(given: ResponseFormDocumentInput) {
  const t = memoText(given.t);
  const { project, lang } = given;
  return frameDocument({
    lang,
    t,
    kind: t('export:kind.response-form'),
    ...specificationCover(project, given.date),
    body: responseForm({ specification: given.specification, t, lang, standalone: { project } }),
  });
}
