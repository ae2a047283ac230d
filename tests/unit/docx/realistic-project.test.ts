import { describe, expect, it } from 'vitest';
import type { Project, SelectedRequirement } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { specificationDocument, toBuffer } from '../../../src/io/docx';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { documentText, miniProject } from './fixtures';
import { malformedParts, paragraphsOf, readDocx, textOf } from './read-docx';

/**
 * A tender of realistic size from the built-in library: whatever templates it holds, every
 * requirement must come out once in the chapter and once in the response form, with no
 * unfilled parameter. Asserts invariants only, so library edits do not break it.
 */
describe.each(['sv', 'da', 'en'] as const)('a 120-requirement specification from the built-in library in %s', (lang) => {
  it('holds every requirement in the chapter and the response form, with parameters filled', async () => {
    const catalogue = await loadCatalogue();
    const templates = [...catalogue.templates.values()].slice(0, 120);
    expect(templates.length).toBeGreaterThanOrEqual(60);
    const requirements: SelectedRequirement[] = templates.map(({ template: tpl, packId }, i) => ({
      uid: `r${i}`,
      templateId: tpl.id,
      templateVersion: tpl.version,
      packId,
      kind: tpl.kind,
      weight: tpl.kind === 'should' ? 10 : undefined,
      values: Object.fromEntries(tpl.parameters.map((p) => [p.name, p.default])),
    }));
    const project: Project = { ...miniProject, language: lang, before: { ...miniProject.before, areas: [...catalogue.areas.keys()] }, requirements };
    const specification = assembleSpecification(project, catalogue, lang);
    const bytes = await toBuffer(specificationDocument({ project, specification, catalogue, lang, t: await documentText(lang) }));
    expect(malformedParts(bytes)).toEqual([]);
    const { document } = readDocx(bytes);
    const paragraphs = paragraphsOf(document);
    const annexAt = paragraphs.findLastIndex((p) => p.style === 'Heading1');
    const headings4 = new Set(paragraphs.filter((p) => p.style === 'Heading4').map((p) => p.text.split(' ')[0]));
    const annexIds = paragraphs.slice(annexAt).map((p) => p.text);
    for (const { number } of specification.requirements) {
      expect(headings4.has(number), number).toBe(true);
      expect(annexIds.filter((x) => x === number), number).toHaveLength(1);
    }
    expect(textOf(document)).not.toMatch(/\{[a-z][a-zA-Z0-9]{0,39}\}/);
  });
});
