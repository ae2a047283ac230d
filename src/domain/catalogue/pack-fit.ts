import type { TemplatePackFile } from '../model';
import { buildCatalogue, type CatalogueProblem } from './catalogue';

/**
 * Whether a pack can join the library: no id it defines may clash with another pack's, and every
 * area and standard it refers to must exist. Problems of the existing packs are not held against it.
 */
export function packFitProblems(existing: readonly TemplatePackFile[], pack: TemplatePackFile): CatalogueProblem[] {
  const before = new Set(buildCatalogue(existing).problems.map((p) => JSON.stringify(p)));
  return buildCatalogue([...existing, pack]).problems.filter((p) => !before.has(JSON.stringify(p)));
}
