import {
  AlignmentType,
  Document,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import type { Language, Project } from '../../domain/model';
import { cleanText } from './clean-text';
import { documentStyles, factsTable, PAGE, type TocEntries } from './layout';

/** Translation fixed to the document's language (not necessarily the interface's). */
export type DocText = (key: string, args?: Record<string, unknown>) => string;

export const DOCUMENT_LOCALE: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

export interface FrameInput {
  lang: Language;
  t: DocText;
  /** What kind of document this is, shown above the title: "Kravspecifikation". */
  kind: string;
  title: string;
  organisation?: string;
  reference?: string;
  version?: string;
  /** ISO date the document is dated. */
  date: string;
  status?: 'draft' | 'final';
  /** The TOC's entries, gathered while the body's headings were made; no TOC when absent. */
  toc?: TocEntries;
  body: FileChild[];
}

/**
 * The same labels are looked up for every requirement; i18next's lookup is slow enough to show
 * in a 5,000-requirement export, so argument-free keys are looked up once per document.
 */
export function memoText(t: DocText): DocText {
  const seen = new Map<string, string>();
  return (key, args) => {
    if (args) return t(key, args);
    let s = seen.get(key);
    if (s === undefined) seen.set(key, (s = t(key)));
    return s;
  };
}

const numberFormats = new Map<Language, Intl.NumberFormat>();
export function formatDocumentNumber(value: number, lang: Language): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(DOCUMENT_LOCALE[lang], { maximumFractionDigits: 2 })));
  return f.format(value);
}

export function formatDocumentDate(iso: string, lang: Language): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(DOCUMENT_LOCALE[lang], { dateStyle: 'long' }).format(d);
}

/** "page X of Y" with live fields where the translation puts {{page}} and {{pages}}. */
function pageOf(t: DocText): TextRun {
  const marked = t('export:page.of', { page: '\u0001', pages: '\u0002' });
  const children: (string | (typeof PageNumber)[keyof typeof PageNumber])[] = [];
  for (const part of marked.split(/(\u0001|\u0002)/)) {
    if (part === '\u0001') children.push(PageNumber.CURRENT);
    else if (part === '\u0002') children.push(PageNumber.TOTAL_PAGES);
    else if (part) children.push(part);
  }
  return new TextRun({ children, size: 18 });
}

function cover(input: FrameInput): FileChild[] {
  const { t } = input;
  const facts: [string, string][] = [];
  if (input.organisation) facts.push([t('export:cover.organisation'), input.organisation]);
  if (input.reference) facts.push([t('export:cover.reference'), input.reference]);
  if (input.version) facts.push([t('export:cover.version'), input.version]);
  facts.push([t('export:cover.date'), formatDocumentDate(input.date, input.lang)]);
  if (input.status) facts.push([t('export:cover.status'), t(`export:status.${input.status}`)]);
  return [
    new Paragraph({ spacing: { before: 2400, after: 120 }, children: [new TextRun({ text: cleanText(input.kind), size: 28, color: '2F5496' })] }),
    new Paragraph({ style: 'Title', children: [new TextRun(cleanText(input.title))] }),
    factsTable(facts),
  ];
}

/**
 * The table of contents: a TOC field over Heading 1–2 that Word and LibreOffice refresh on
 * opening (updateFields), pre-filled with an entry per heading, linked to its bookmark, so it
 * reads before any update, and a note saying how to refresh page numbers in other programs.
 */
function contents(t: DocText, toc: TocEntries): FileChild[] {
  return [
    new Paragraph({ pageBreakBefore: true, spacing: { after: 200 }, children: [new TextRun({ text: t('export:toc.title'), bold: true, size: 32, color: '1F3864' })] }),
    new TableOfContents(t('export:toc.title'), { hyperlink: true, headingStyleRange: '1-2', cachedEntries: toc.entries }),
    new Paragraph({ style: 'Note', children: [new TextRun(t('export:toc.note'))] }),
  ];
}

/**
 * Every export has the same frame: a cover, optionally a TOC, running header and footer with the
 * title, reference and "page X of Y", the language on every run and the core properties filled
 * (EN 301 549 clause 10 asks for a title and language a screen reader can announce).
 */
/** The cover facts of a document that belongs to a version of the specification. */
export function specificationCover(project: Project, date?: string): Pick<FrameInput, 'title' | 'organisation' | 'reference' | 'version' | 'date' | 'status'> {
  return {
    title: project.title,
    organisation: project.organisation,
    reference: project.reference,
    version: project.specVersion,
    date: date ?? project.updatedAt,
    status: project.status ?? 'draft',
  };
}

export function frameDocument(input: FrameInput): Document {
  const { t } = input;
  const locale = DOCUMENT_LOCALE[input.lang];
  const headerText = [cleanText(input.title), input.reference ? cleanText(input.reference) : ''].filter(Boolean).join(' · ');
  return new Document({
    title: cleanText(input.title),
    subject: cleanText(input.kind),
    creator: cleanText(input.organisation) || 'Kravkit',
    lastModifiedBy: 'Kravkit',
    description: cleanText(`${input.kind}: ${input.title}`),
    keywords: cleanText([input.reference, input.kind].filter(Boolean).join(', ')),
    styles: documentStyles(locale),
    features: { updateFields: Boolean(input.toc) },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 } },
        },
        headers: {
          first: new Header({ children: [new Paragraph({ children: [] })] }),
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 18, color: '595959' })] })] }),
        },
        footers: {
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: `${headerText}  —  `, size: 18, color: '595959' }), pageOf(t)],
              }),
            ],
          }),
        },
        children: [...cover(input), ...(input.toc ? contents(t, input.toc) : [new Paragraph({ pageBreakBefore: true, children: [] })]), ...input.body],
      },
    ],
  });
}
