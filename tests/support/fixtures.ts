import { readFileSync } from 'node:fs';
import { buildCatalogue, type Catalogue } from '../../src/domain/catalogue/catalogue';
import type { Before, Project, ProjectFile, TemplatePackFile } from '../../src/domain/model';

/** The small test pack of tests/fixtures/packs/mini-pack.json. */
export const miniPack = JSON.parse(readFileSync('tests/fixtures/packs/mini-pack.json', 'utf8')) as TemplatePackFile;
/** The small project of tests/fixtures/projects/mini-project.json; clone it before changing it. */
export const miniProject: Project = (JSON.parse(readFileSync('tests/fixtures/projects/mini-project.json', 'utf8')) as ProjectFile).project;
/** A catalogue of the mini pack alone. */
export const miniCatalogue: Catalogue = buildCatalogue([miniPack]).catalogue;

/** A learning platform with messages and tests, single sign-on, SS 12000 and LTI, handling pupils' data. */
export const typicalPurchase: Before = {
  areas: ['learning-platform', 'collaboration', 'assessment', 'identity-access'],
  standards: ['ss12000', 'lti-1.3'],
  users: [],
  classification: { confidentiality: 3, integrity: 2, availability: 2, personalData: true },
};
