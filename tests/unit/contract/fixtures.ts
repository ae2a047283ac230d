import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogue } from '../../../src/domain/catalogue/catalogue';
import type { ContractDocument } from '../../../src/domain/contract/clause';
import type { Language, ProjectFile, TemplatePackFile } from '../../../src/domain/model';
import { resolveRequirements, type ResolvedRequirement } from '../../../src/domain/requirement/resolve';

export const CONTRACTS = join(process.cwd(), 'tests/fixtures/contracts');

/** The contract-check project with its test pack, resolved in a language. */
export function contractRequirements(lang: Language = 'sv'): ResolvedRequirement[] {
  const pack = JSON.parse(readFileSync(join(CONTRACTS, 'contract-pack.json'), 'utf8')) as TemplatePackFile;
  const project = (JSON.parse(readFileSync(join(CONTRACTS, 'contract-project.json'), 'utf8')) as ProjectFile).project;
  const { catalogue } = buildCatalogue([pack]);
  return resolveRequirements(project.requirements, catalogue, lang);
}

/** A plain-text contract as the text reader would give it: one block per line. */
export function textDocument(name: string, text: string): ContractDocument {
  return { name, format: 'txt', blocks: text.split(/\r?\n/).filter((l) => l.trim()).map((l) => ({ text: l })) };
}

export function fixtureText(file: string): string {
  return readFileSync(join(CONTRACTS, file), 'utf8');
}
