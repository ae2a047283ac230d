import type { PoolDistribution, UsageRow } from './distribute';

export interface LicenceComparison {
  supplier: string;
  payoutMinor: number;
  /** Active users × licence price per material and period; null when no row has a price. */
  licenceMinor: number | null;
  rowsWithoutPrice: number;
}

/**
 * What the same use would have cost as licences: each usage row's active users times its
 * licence price (per user and period), summed per supplier, in minor units.
 */
export function compareWithLicences(distribution: PoolDistribution, usage: readonly UsageRow[]): LicenceComparison[] {
  const cost = new Map<string, { minor: number; priced: number; unpriced: number }>();
  for (const row of usage) {
    const c = cost.get(row.supplier) ?? { minor: 0, priced: 0, unpriced: 0 };
    if (row.licencePrice === undefined) c.unpriced++;
    else {
      c.minor += Math.round((row.active_users ?? 0) * row.licencePrice * 100);
      c.priced++;
    }
    cost.set(row.supplier, c);
  }
  return distribution.totals.map((t) => {
    const c = cost.get(t.supplier);
    return {
      supplier: t.supplier,
      payoutMinor: t.minor,
      licenceMinor: c && c.priced > 0 ? c.minor : null,
      rowsWithoutPrice: c?.unpriced ?? 0,
    };
  });
}

export interface ScenarioColumn {
  name: string;
  distribution: PoolDistribution;
}

export interface ScenarioComparisonRow {
  supplier: string;
  /** Per scenario, in the order given; 0 for a supplier absent from a scenario. */
  minor: number[];
  /** Each scenario's amount minus the first scenario's. */
  differenceMinor: number[];
}

/** Suppliers side by side across scenarios, the first scenario being the baseline. */
export function compareScenarios(columns: readonly ScenarioColumn[]): ScenarioComparisonRow[] {
  const suppliers = [...new Set(columns.flatMap((c) => c.distribution.suppliers))].sort();
  return suppliers.map((supplier) => {
    const minor = columns.map((c) => c.distribution.totals.find((t) => t.supplier === supplier)?.minor ?? 0);
    return { supplier, minor, differenceMinor: minor.map((m) => m - minor[0]) };
  });
}

/** A what-if: one supplier's measured use multiplied by a factor (e.g. 2 for "usage doubles"). */
export function scaleSupplierUsage(usage: readonly UsageRow[], supplier: string, factor: number): UsageRow[] {
  return usage.map((row) =>
    row.supplier === supplier
      ? {
          ...row,
          ...(row.active_users !== undefined ? { active_users: row.active_users * factor } : {}),
          ...(row.sessions !== undefined ? { sessions: row.sessions * factor } : {}),
          ...(row.minutes !== undefined ? { minutes: row.minutes * factor } : {}),
        }
      : row,
  );
}
