import { useMemo } from 'react';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import type { Filters } from './LibraryFilters';

/** Ids of the templates that match the query and filters, best first. */
export function useTemplateSearch(catalogue: Catalogue, query: string, filters: Filters): string[] {
  return useMemo(() => {
    const q = query.trim().toLowerCase();
    const out: string[] = [];
    for (const [id, { template: t }] of catalogue.templates) {
      if (filters.area && !t.areas.includes(filters.area)) continue;
      if (filters.standard && !t.standards.includes(filters.standard)) continue;
      if (filters.phase && t.phase !== filters.phase) continue;
      if (filters.category && t.category !== filters.category) continue;
      if (filters.kind && t.kind !== filters.kind) continue;
      if (q && !JSON.stringify([t.id, t.title, t.text]).toLowerCase().includes(q)) continue;
      out.push(id);
    }
    return out;
  }, [catalogue, query, filters]);
}
