import { useEffect } from 'react';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { projectRepository } from '../../io/storage/project-repository';
import { useKravkitStore } from '../../store';

/** Loads the template library (built-in plus the user's packs) once, on first need. */
export function useLoadCatalogue(): void {
  const loaded = useKravkitStore((s) => s.catalogue !== null);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    void (async () => {
      const userPacks = await projectRepository.userPacks();
      const catalogue = await loadCatalogue(userPacks);
      if (live) useKravkitStore.getState().setCatalogue(catalogue, userPacks);
    })();
    return () => {
      live = false;
    };
  }, [loaded]);
}
