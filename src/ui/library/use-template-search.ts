import { useMemo } from 'react';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import { buildTemplateSearch, type TemplateFilters, type TemplateSearch } from '../../domain/search/template-search';
import type { Filters } from './LibraryFilters';

// One index per catalogue: building it costs far more than a query, and the catalogue only
// changes when a pack is imported or removed.
const indexes = new WeakMap<Catalogue, TemplateSearch>();

function searchFor(catalogue: Catalogue): TemplateSearch {
  let index = indexes.get(catalogue);
  if (!index) {
    index = buildTemplateSearch(catalogue);
    indexes.set(catalogue, index);
  }
  return index;
}

const one = <T,>(value: T | '' | undefined): T[] | undefined => (value ? [value] : undefined);

/** Ids of the templates that match the query and filters, best first. */
export function useTemplateSearch(catalogue: Catalogue, query: string, filters: Filters): string[] {
  const index = useMemo(() => searchFor(catalogue), [catalogue]);
  return useMemo(
    () =>
      index
        .search(query, {
          areas: one(filters.area),
          standards: one(filters.standard),
          phases: one(filters.phase) as TemplateFilters['phases'],
          categories: one(filters.category) as TemplateFilters['categories'],
          kinds: one(filters.kind) as TemplateFilters['kinds'],
        })
        .map((hit) => hit.id),
    [index, query, filters],
  );
}
