import { beforeAll, beforeEach } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue/catalogue';
import { loadCatalogue } from '../../src/io/packs/catalogue-loader';
import { useKravkitStore } from '../../src/store';

import { miniProject } from './fixtures';

export { miniProject };

/**
 * For a test file: the real built-in library is loaded once, and before each test a fresh copy of
 * the mini project is the open project, with no user packs and no undo history.
 */
export function openMiniProjectWithLibrary(): { catalogue: () => Catalogue } {
  let catalogue: Catalogue;
  beforeAll(async () => {
    catalogue = await loadCatalogue();
  });
  beforeEach(() => {
    useKravkitStore.setState({ project: structuredClone(miniProject), catalogue, userPacks: [], past: [], future: [] });
  });
  return { catalogue: () => catalogue };
}
