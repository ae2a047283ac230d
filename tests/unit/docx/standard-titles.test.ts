import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import { standardTitle } from '../../../src/domain/catalogue/standard-title';
import type { Language, TemplatePackFile } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { buildTemplateSearch } from '../../../src/domain/search/template-search';
import { specificationDocument, toBuffer } from '../../../src/io/docx';
import { documentText, miniPack, miniProject } from './fixtures';
import { readDocx, textOf } from './read-docx';

const TITLE = { sv: 'GDPR artikel 28 – personuppgiftsbiträde', da: 'GDPR artikel 28 – databehandler', en: 'GDPR Article 28 – processor' };
const titled: TemplatePackFile = {
  ...miniPack,
  standards: miniPack.standards.map((s) => (s.id === 'gdpr-art-28' ? { ...s, title: TITLE } : s)),
};

describe('standard titles', () => {
  it('are taken in the asked language, else the short name', () => {
    expect(standardTitle({ name: 'GDPR Art. 28', title: TITLE }, 'da')).toBe(TITLE.da);
    expect(standardTitle({ name: 'GDPR Art. 28' }, 'da')).toBe('GDPR Art. 28');
    // A user's pack titled in one language only: English first, as for other localized text.
    expect(standardTitle({ name: 'X', title: { en: 'Only English' } }, 'sv')).toBe('Only English');
  });

  it.each(['sv', 'da', 'en'] as const)('cite the standard in the document language in the %s specification', async (lang: Language) => {
    const catalogue = buildCatalogue([titled]).catalogue;
    const t = await documentText(lang);
    const specification = assembleSpecification(miniProject, catalogue, lang);
    expect(specification.requirements.some((n) => n.requirement.standards.includes('gdpr-art-28'))).toBe(true);
    const text = textOf(readDocx(await toBuffer(specificationDocument({ project: miniProject, specification, catalogue, lang, t }))).document);
    expect(text).toContain(`${t('export:requirements.standards')}: ${TITLE[lang]}`);
    for (const other of (['sv', 'da', 'en'] as const).filter((l) => l !== lang)) expect(text).not.toContain(TITLE[other]);
  });

  it('are searchable in every language', () => {
    const catalogue = buildCatalogue([titled]).catalogue;
    const untitled = buildTemplateSearch(buildCatalogue([miniPack]).catalogue);
    const index = buildTemplateSearch(catalogue);
    const citing = [...catalogue.templates.values()].filter((e) => e.template.standards.includes('gdpr-art-28')).map((e) => e.template.id);
    expect(citing.length).toBeGreaterThan(0);
    // Words only the titles hold: "personuppgiftsbiträde" (sv), "Article" (en).
    for (const q of ['personuppgiftsbiträde', 'article']) {
      expect(untitled.search(q).map((h) => h.id), q).not.toEqual(expect.arrayContaining(citing));
      expect(index.search(q).map((h) => h.id), q).toEqual(expect.arrayContaining(citing));
    }
  });
});
