import type { Language, Standard } from '../model';
import { localized } from '../requirement/localized';

/**
 * How a standard is cited in a language: its localized title, else the pack's short name (packs
 * written before titles existed, or a user's pack with titles in fewer languages).
 */
export function standardTitle(standard: Pick<Standard, 'name' | 'title'>, lang: Language): string {
  return localized(standard.title, lang) || standard.name;
}

/** The standard's title for an id, or the id itself when no loaded pack defines it. */
export function standardTitleOf(standards: ReadonlyMap<string, Pick<Standard, 'name' | 'title'>>, id: string, lang: Language): string {
  const s = standards.get(id);
  return s ? standardTitle(s, lang) : id;
}
