import { describe, expect, it } from 'vitest';
import type { Language, Project } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { specificationDocument, toBuffer } from '../../../src/io/docx';
import { columnWidths, CONTENT_WIDTH } from '../../../src/io/docx/layout';
import { documentText, miniCatalogue, miniProject } from './fixtures';
import { count, malformedParts, paragraphsOf, readDocx, textOf, type DocParagraph } from './read-docx';

async function exportSpec(project: Project, lang: Language) {
  const t = await documentText(lang);
  const specification = assembleSpecification(project, miniCatalogue, lang);
  const bytes = await toBuffer(specificationDocument({ project, specification, catalogue: miniCatalogue, lang, t }));
  return { bytes, specification, t, parts: readDocx(bytes) };
}

/** The paragraphs from one Heading 1 up to the next. */
function chapter(paragraphs: DocParagraph[], startsWith: string): DocParagraph[] {
  const start = paragraphs.findIndex((p) => p.style === 'Heading1' && p.text.startsWith(startsWith));
  expect(start, `chapter "${startsWith}"`).toBeGreaterThanOrEqual(0);
  const end = paragraphs.findIndex((p, i) => i > start && p.style === 'Heading1');
  return paragraphs.slice(start, end < 0 ? undefined : end);
}

const LOCALE = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' } as const;

describe.each(['sv', 'da', 'en'] as const)('specification export in %s', (lang) => {
  it('states every requirement once in the requirements chapter and once in the response form, with id and rendered text', async () => {
    const { parts, specification, t } = await exportSpec(miniProject, lang);
    const paragraphs = paragraphsOf(parts.document);
    const body = chapter(paragraphs, `2 ${t('export:requirements.heading')}`);
    const annex = chapter(paragraphs, t('export:annex.heading'));
    expect(specification.requirements).toHaveLength(7);
    for (const { number, requirement } of specification.requirements) {
      expect(requirement.text.length).toBeGreaterThan(10);
      const headings = body.filter((p) => p.style === 'Heading4' && p.text.startsWith(`${number} `));
      expect(headings.map((h) => h.text)).toEqual([`${number} ${requirement.title}`]);
      expect(body.filter((p) => p.text === requirement.text)).toHaveLength(1);
      expect(annex.filter((p) => p.text === number)).toHaveLength(1);
      expect(annex.filter((p) => p.text.includes(requirement.text))).toHaveLength(1);
      expect(annex.filter((p) => p.text === `${requirement.title}\n${requirement.text}`)).toHaveLength(1);
      // Once in the chapter, once in the annex; the summary table lists titles, not texts.
      expect(count(textOf(parts.document), requirement.text)).toBe(2);
    }
  });

  it('fills parameters, states must/should with the weight, and leaves no {placeholder}', async () => {
    const { parts, t } = await exportSpec(miniProject, lang);
    const text = textOf(parts.document);
    expect(text).toContain(`${t('export:requirements.type')}: ${t('export:requirements.kindLong.should')}; ${t('export:requirements.weight')}: 20`);
    expect(text).toContain(`${t('export:requirements.type')}: ${t('export:requirements.kindLong.must')}`);
    expect(text).toContain(`${t('export:requirements.standards')}: GDPR Art. 28`);
    expect(text).not.toMatch(/\{[a-z][a-zA-Z0-9]*\}/);
    expect(text).toContain({ sv: '24 timmar', da: '24 timer', en: '24 hours' }[lang]);
    expect(text).toContain({ sv: '99,5 %', da: '99,5 %', en: '99.5 %' }[lang]);
  });

  it('uses real numbered heading styles, a TOC field with cached entries, and the document language', async () => {
    const { parts, t } = await exportSpec(miniProject, lang);
    const paragraphs = paragraphsOf(parts.document);
    const styles = new Set(paragraphs.map((p) => p.style));
    for (const s of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(styles).toContain(s);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      `1 ${t('export:intro.heading')}`,
      `2 ${t('export:requirements.heading')}`,
      `3 ${t('export:summary.heading')}`,
      t('export:annex.heading'),
    ]);
    expect(paragraphs.some((p) => p.style === 'Heading2' && p.text === `1.4 ${t('export:intro.evaluation.heading')}`)).toBe(true);
    // The TOC: a field Word and LibreOffice refresh on opening, readable before that.
    expect(parts.document).toMatch(/<w:instrText[^>]*>\s*TOC \\h \\o &quot;1-2&quot;/);
    expect(parts.settings).toMatch(/<w:updateFields(?: w:val="(?:true|1|on)")?\/>/);
    const toc = paragraphs.filter((p) => p.style === 'TOC1' || p.style === 'TOC2').map((p) => p.text.trim());
    expect(toc).toContain(`2 ${t('export:requirements.heading')}`);
    expect(toc).toContain(t('export:annex.heading'));
    expect(textOf(parts.document)).toContain(t('export:toc.note'));
    // The language on the default run, so spell checking and screen readers use it.
    expect(parts.styles).toMatch(new RegExp(`<w:docDefaults>[\\s\\S]*<w:lang w:val="${LOCALE[lang]}"`));
  });

  it('fills the cover, the document properties and a header and footer with page X of Y', async () => {
    const { parts, t } = await exportSpec(miniProject, lang);
    const text = textOf(parts.document);
    for (const s of [miniProject.title, miniProject.organisation!, miniProject.reference!, miniProject.specVersion!, t('export:status.draft'), t('export:kind.specification')]) expect(text).toContain(s);
    expect(parts.core).toContain(`<dc:title>${miniProject.title}</dc:title>`);
    expect(parts.core).toContain(`<dc:creator>${miniProject.organisation}</dc:creator>`);
    expect(parts.headers.join('')).toContain(`${miniProject.title} · ${miniProject.reference}`);
    const footers = parts.footers.join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(footers).toContain(t('export:page.of', { page: 'X', pages: 'Y' }).split('X')[0].trim());
  });

  it('writes the introduction from the before phase: purpose, background, procedure and evaluation model', async () => {
    const { parts, t } = await exportSpec(miniProject, lang);
    const text = textOf(parts.document);
    expect(text).toContain(miniProject.before.problem!);
    expect(text).toContain(t('export:procedure.open'));
    expect(text).toContain(t('export:evaluationModel.price-quality'));
    expect(text).toContain(t('export:intro.evaluation.counts', { total: 7, must: 6, should: 1 }));
  });
});

describe('the evaluation model in the specification', () => {
  it('states the price deduction of each should-requirement under the added-value model', async () => {
    const project: Project = {
      ...miniProject,
      evaluation: { model: 'added-value', currency: 'SEK' },
      requirements: miniProject.requirements.map((r) => (r.uid === 'r6' ? { ...r, value: 50000 } : r)),
    };
    const { parts, t } = await exportSpec(project, 'sv');
    const text = textOf(parts.document);
    expect(text).toContain(`${t('export:requirements.value')}: 50\u00a0000 SEK`);
    expect(text).toContain(t('export:intro.evaluation.added-value'));
    expect(text).toContain(t('export:intro.evaluation.valueTotal', { total: '50\u00a0000 SEK' }));
    expect(paragraphsOf(parts.document).some((p) => p.style === 'TableText' && p.text === t('export:summary.value'))).toBe(true);
  });
});

describe('tables in the specification', () => {
  it('have absolute widths that fill the text column, repeated header rows and rows that do not split', async () => {
    const { parts } = await exportSpec(miniProject, 'sv');
    const tables = parts.document.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(parts.document).not.toMatch(/w:type="pct"/);
    for (const tbl of tables) {
      expect(tbl).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${CONTENT_WIDTH}"/>`));
      const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
      const rows = tbl.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
      for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    }
    // The summary and the response form repeat their header row on every page.
    expect(tables.filter((tbl) => tbl.includes('<w:tblHeader/>')).length).toBe(2);
  });

  it('turns shares into whole twips that sum to the content width', () => {
    const widths = columnWidths([
      { header: 'a', share: 1 },
      { header: 'b', share: 3 },
      { header: 'c', share: 1.7 },
    ]);
    expect(widths.every(Number.isInteger)).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
  });
});

describe('hostile user text', () => {
  const nasty = '<script>alert("x")</script> "&\'<> \u0001\u0008\u000B\u001F bell\u0007 🎉 👩‍🏫 \uD800';
  const project: Project = {
    ...miniProject,
    title: `Plattform ${nasty}`,
    organisation: `Kommun & <b>Co</b> \u0002`,
    reference: 'UH-1\u0000',
    before: { ...miniProject.before, problem: `Rad ett ${nasty}\nRad två\r\n\u000C` },
    requirements: [
      ...miniProject.requirements,
      { uid: 'h1', custom: { title: `Eget ${nasty}`, text: `Leverantören ska ${nasty}`, motive: nasty, verification: nasty, category: 'legal', area: 'learning-platform' }, kind: 'should', weight: 5, values: {} },
    ],
  };

  it('still gives a well-formed package, keeps the visible characters and drops the XML-illegal ones', async () => {
    const { bytes, parts } = await exportSpec(project, 'sv');
    expect(malformedParts(bytes)).toEqual([]);
    const text = textOf(parts.document);
    expect(text).toContain('<script>alert("x")</script> "&\'<>');
    expect(text).toContain('🎉 👩‍🏫');
    expect(parts.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(parts.document).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(parts.core).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(parts.core).toContain('&lt;script&gt;');
    expect(parts.document).not.toContain('<script>');
  });
});
