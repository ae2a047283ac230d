import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IStylesOptions,
} from 'docx';
import { cleanParagraphs, cleanText } from './clean-text';

/** A4 with 2 cm margins, in twips (1/20 pt): the one place the page geometry is decided. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Calibri';
const HEADER_FILL = 'D9E2F3';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8EA9DB' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/**
 * Real heading styles (Heading1–3) so the navigation pane and the TOC field work, with the
 * document's language on the default run so spelling checks and screen readers use it.
 */
export function documentStyles(locale: string): IStylesOptions {
  return {
    default: {
      document: { run: { font: FONT, size: 22, language: { value: locale } }, paragraph: { spacing: { after: 120, line: 264 } } },
      heading1: { run: { font: FONT, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 160 }, keepNext: true } },
      heading2: { run: { font: FONT, size: 26, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
      heading3: { run: { font: FONT, size: 23, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true } },
      heading4: { run: { font: FONT, size: 22, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      title: { run: { font: FONT, size: 52, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
    },
    paragraphStyles: [
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: 19 },
        paragraph: { spacing: { after: 40, line: 240 } },
      },
      // Word's own TOC styles, defined so the cached entries are indented before Word refreshes them.
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { before: 60, after: 40 } }, run: { bold: true } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { spacing: { after: 40 }, indent: { left: 240 } } },
      {
        id: 'Fact',
        name: 'Fact',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { italics: true, color: '595959', size: 20 },
      },
    ],
  };
}

export type HeadingDepth = 1 | 2 | 3 | 4;
const LEVEL = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3, 4: HeadingLevel.HEADING_4 } as const;

/** The TOC's entries, gathered as headings are made (each with a bookmark the entry links to). */
export class TocEntries {
  readonly entries: { title: string; level: number; href: string }[] = [];
  add(title: string, level: number): string {
    const href = `_Toc_k${this.entries.length + 1}`;
    this.entries.push({ title, level, href });
    return href;
  }
}

/**
 * A heading numbered in its text ("3.2 Lärplattform"): the same number then shows in the
 * navigation pane, the cached TOC entries, a regenerated TOC and every PDF converter alike.
 * Given `toc`, a level 1–2 heading gets a bookmark and a TOC entry, so docx need not scan the
 * whole body for headings (a fifth of the export time of a long specification).
 */
export function heading(depth: HeadingDepth, text: string, number?: string, options: { pageBreakBefore?: boolean; toc?: TocEntries } = {}): Paragraph {
  const title = number ? `${number} ${cleanText(text)}` : cleanText(text);
  const run = new TextRun(title);
  const href = options.toc && depth <= 2 ? options.toc.add(title, depth) : undefined;
  return new Paragraph({
    heading: LEVEL[depth],
    pageBreakBefore: options.pageBreakBefore,
    children: href ? [new Bookmark({ id: href, children: [run] })] : [run],
  });
}

export function paragraph(text: string, options: { bold?: boolean; style?: string } = {}): Paragraph {
  return new Paragraph({ style: options.style, children: [new TextRun({ text: cleanText(text), bold: options.bold })] });
}

/** User text with line breaks, as one paragraph per line. */
export function paragraphs(text: string | undefined, style?: string): Paragraph[] {
  const lines = text?.includes('\n') ? cleanParagraphs(text) : [cleanText(text).trim()].filter(Boolean);
  return lines.map((line) => new Paragraph({ style, children: [new TextRun(line)] }));
}

/** "Label: value" on one line, the label in bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({
    style: 'Fact',
    children: [new TextRun({ text: `${cleanText(label)}: `, bold: true }), new TextRun(cleanText(value))],
  });
}

export type CellContent = string | Paragraph[];

export interface Column {
  header: string;
  /** Share of the content width; turned into absolute twips below. */
  share: number;
  /**
   * The fixed vocabulary this column shows (translated kinds, roles, statuses…): the column is
   * made wide enough for the longest word of it, so "Mindstekrav" never breaks as "Mindstek|rav".
   */
  fit?: readonly string[];
}

/** Table text is 9.5 pt (the TableText style's size 19, in half-points). */
export const TABLE_FONT_PT = 9.5;
const CELL_MARGIN_X = CELL_MARGINS.left + CELL_MARGINS.right;

/**
 * Advance widths in em, rounded up from DejaVu Sans: the widest of the fonts a reader meets in
 * place of Calibri (LibreOffice without Carlito falls back to it), so a word that fits here fits
 * in Calibri and Liberation Sans too.
 */
function charEm(c: string): number {
  if ('ijlI.,:;\'|!'.includes(c)) return 0.3;
  if ('ftr()-/'.includes(c)) return 0.44;
  if ('mwæœMWÆŒ'.includes(c)) return 1.0;
  if (c >= 'A' && c <= 'Z') return 0.78;
  if ('ÅÄÖØÉÜ'.includes(c)) return 0.78;
  return 0.64;
}

/** The width in twips a word needs at the given size, bold text about a tenth wider. */
export function wordWidth(word: string, pt = TABLE_FONT_PT, bold = false): number {
  let em = 0;
  for (const c of word) em += charEm(c);
  return Math.ceil(em * pt * 20 * (bold ? 1.12 : 1));
}

/** The narrowest column (cell margins included) in which no word of these texts breaks. */
export function fitWidth(texts: readonly string[], bold = false): number {
  let widest = 0;
  for (const text of texts) for (const word of text.split(/\s+/)) if (word) widest = Math.max(widest, wordWidth(word, TABLE_FONT_PT, bold));
  return widest === 0 ? 0 : widest + CELL_MARGIN_X + 40;
}

/** The least width of each column: its bold header's longest word and its vocabulary's. */
export function minimumWidths(columns: readonly Column[]): number[] {
  return columns.map((c) => Math.max(fitWidth([c.header], true), fitWidth(c.fit ?? [])));
}

/**
 * Absolute twips per column, summing exactly to the content width: by share, except that a column
 * its share leaves narrower than its minimum gets the minimum and the others share the rest.
 */
export function columnWidths(columns: readonly Column[], total = CONTENT_WIDTH, minimums: readonly number[] = minimumWidths(columns)): number[] {
  const raw = columns.map(() => 0);
  const pinned = new Set<number>();
  // Each round pins at least one more column or ends, so this stops after at most n rounds.
  for (;;) {
    const pinnedWidth = [...pinned].reduce((s, i) => s + minimums[i], 0);
    const freeShare = columns.reduce((s, c, i) => (pinned.has(i) ? s : s + c.share), 0);
    const rest = total - pinnedWidth;
    if (rest <= 0 || freeShare <= 0) break;
    let pinnedMore = false;
    columns.forEach((c, i) => {
      if (pinned.has(i)) return;
      raw[i] = (c.share / freeShare) * rest;
      if (raw[i] < (minimums[i] ?? 0)) {
        pinned.add(i);
        pinnedMore = true;
      }
    });
    if (!pinnedMore) break;
  }
  for (const i of pinned) raw[i] = minimums[i];
  // Minimums that cannot all fit shrink together rather than pushing the table off the page.
  const sum = raw.reduce((s, w) => s + w, 0);
  const widths = raw.map((w) => (sum > 0 ? Math.floor((w / sum) * total) : Math.floor(total / raw.length)));
  widths[widths.length - 1] += total - widths.reduce((s, w) => s + w, 0);
  return widths;
}

function textParagraphs(content: string, header: boolean): Paragraph[] {
  // Most cells hold one line; splitting and filtering only when there is a line break keeps long tables fast.
  const lines = content.includes('\n') ? cleanParagraphs(content) : content ? [cleanText(content)] : [];
  if (lines.length === 0) return [new Paragraph({ style: 'TableText' })];
  return lines.map((line) => new Paragraph({ style: 'TableText', children: [new TextRun(header ? { text: line, bold: true } : line)] }));
}

function cell(content: CellContent, width: number, header: boolean): TableCell {
  const children = typeof content === 'string' ? textParagraphs(content, header) : content.length > 0 ? content : textParagraphs('', false);
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children,
  });
}

/**
 * Every table of every export is built here: absolute widths (LibreOffice and Google Docs ignore
 * relative ones), a fixed layout, the header row repeated on each page and marked as a header for
 * screen readers, and rows that never split across pages.
 */
export function table(columns: readonly Column[], rows: readonly CellContent[][]): Table {
  const widths = columnWidths(columns);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widths[i], true)),
  });
  const bodyRows = rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((content, i) => cell(content, widths[i], false)) }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Margins on the table, not per cell: per-cell margins make docx several times slower on long tables.
    margins: CELL_MARGINS,
    borders: BORDERS,
    rows: [headerRow, ...bodyRows],
  });
}

/** A two-column key/value table without a header row, for the cover's metadata. */
export function factsTable(facts: readonly [string, string][]): Table {
  const widths = columnWidths(
    [
      { header: '', share: 1 },
      { header: '', share: 2 },
    ],
    CONTENT_WIDTH,
    [fitWidth(facts.map(([k]) => k), true), 0],
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: BORDERS,
    rows: facts.map(
      ([k, v]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0], type: WidthType.DXA },
              children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: cleanText(k), bold: true })] })],
            }),
            new TableCell({ width: { size: widths[1], type: WidthType.DXA }, children: [new Paragraph({ style: 'TableText', children: [new TextRun(cleanText(v))] })] }),
          ],
        }),
    ),
  });
}

export const centred = AlignmentType.CENTER;
