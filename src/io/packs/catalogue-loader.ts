import { buildCatalogue, type Catalogue } from '../../domain/catalogue/catalogue';
import type { TemplatePackFile } from '../../domain/model';
import { loadBuiltInPacks } from './built-in';

let builtIn: Promise<TemplatePackFile[]> | undefined;

/** The built-in packs plus the user's imported ones, combined once per call. */
export async function loadCatalogue(userPacks: readonly TemplatePackFile[] = []): Promise<Catalogue> {
  builtIn ??= loadBuiltInPacks();
  return buildCatalogue([...(await builtIn), ...userPacks]).catalogue;
}
