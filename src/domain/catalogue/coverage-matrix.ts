import type { Catalogue } from './catalogue';

export interface StandardAreaMatrix {
  areas: string[];
  rows: { standardId: string; counts: number[] }[];
}

/** Templates per standard and area, for the library's coverage matrix. */
export function standardAreaMatrix(catalogue: Catalogue): StandardAreaMatrix {
  const areas = [...catalogue.areas.keys()];
  const index = new Map(areas.map((a, i) => [a, i]));
  const rows = [...catalogue.standards.keys()].map((standardId) => ({ standardId, counts: areas.map(() => 0) }));
  const rowOf = new Map(rows.map((r) => [r.standardId, r]));
  for (const { template } of catalogue.templates.values()) {
    for (const s of template.standards) {
      const row = rowOf.get(s);
      if (!row) continue;
      for (const a of template.areas) {
        const i = index.get(a);
        if (i !== undefined) row.counts[i]++;
      }
    }
  }
  return { areas, rows };
}
