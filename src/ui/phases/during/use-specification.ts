import { useMemo, useRef } from 'react';
import type { Catalogue } from '../../../domain/catalogue/catalogue';
import type { Language, Project, SelectedRequirement } from '../../../domain/model';
import { resolveRequirement, type ResolvedRequirement } from '../../../domain/requirement/resolve';
import { assembleSpecification, type Specification } from '../../../domain/specification/assemble';

/**
 * The assembled specification, resolving only requirements that changed: an unchanged requirement
 * keeps its identity, so its memoised row does not re-render.
 */
export function useSpecification(project: Project, catalogue: Catalogue, lang: Language): Specification {
  const cache = useRef<{ catalogue: Catalogue; lang: Language; map: WeakMap<SelectedRequirement, ResolvedRequirement> } | null>(null);
  if (!cache.current || cache.current.catalogue !== catalogue || cache.current.lang !== lang) {
    cache.current = { catalogue, lang, map: new WeakMap() };
  }
  const { map } = cache.current;
  return useMemo(
    () =>
      assembleSpecification(project, catalogue, lang, (sel) => {
        let r = map.get(sel);
        if (!r) {
          r = resolveRequirement(sel, catalogue, lang);
          map.set(sel, r);
        }
        return r;
      }),
    [project, catalogue, lang, map],
  );
}
