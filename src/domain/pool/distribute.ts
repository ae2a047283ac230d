import type { PoolScenario } from '../model';
import { largestRemainder, percentOf, toMinor } from './minor-units';

export type UsageRow = PoolScenario['usage'][number];
export type Measure = 'active_users' | 'sessions' | 'minutes';
export const MEASURES: readonly Measure[] = ['active_users', 'sessions', 'minutes'];
export type DistributionKey = PoolScenario['key'];
export type Mix = Partial<Record<Measure, number>>;

/** The terms of a flat-rate pool. Amounts are per period, in major units as the user typed them. */
export interface PoolTerms {
  amountPerPupil: number;
  pupils: number;
  feePercent: number;
  key: DistributionKey;
  mix?: Mix;
  minimumPerSupplier?: number;
  capPerSupplier?: number;
}

export interface SupplierPayout {
  supplier: string;
  /** Share of the period's usage under the key, 0…1 (before minimum and cap). */
  usageShare: number;
  minor: number;
  atCap: boolean;
  atMinimum: boolean;
}

export interface PeriodPayout {
  period: string;
  poolMinor: number;
  feeMinor: number;
  distributableMinor: number;
  paidMinor: number;
  /** What stays with the municipality: no usage at all, or every supplier at its cap. */
  unallocatedMinor: number;
  suppliers: SupplierPayout[];
}

export interface SupplierTotal {
  supplier: string;
  minor: number;
  /** Share of everything paid out, 0…1. */
  share: number;
}

export type PoolProblem =
  | { code: 'no-usage' }
  | { code: 'pool-too-large' }
  | { code: 'mix-without-weights' }
  | { code: 'cap-below-minimum' }
  | { code: 'minimums-exceed-pool'; period: string }
  | { code: 'nothing-used'; period: string }
  | { code: 'caps-leave-rest'; period: string; unallocatedMinor: number };

export interface PoolDistribution {
  periods: PeriodPayout[];
  suppliers: string[];
  totals: SupplierTotal[];
  poolMinor: number;
  feeMinor: number;
  paidMinor: number;
  unallocatedMinor: number;
  problems: PoolProblem[];
}

interface PeriodUsage {
  /** Per supplier index: summed measures. */
  active_users: Float64Array;
  sessions: Float64Array;
  minutes: Float64Array;
}

/**
 * Shares a flat-rate pool among suppliers by usage, period by period. Each period's pool is
 * amount per pupil × pupils; the administration fee comes off first; the rest is shared by the
 * key, with minimum guarantees and caps applied by redistribution, then rounded to whole minor
 * units by largest remainder so every period — and so the whole — sums exactly.
 */
export function distributePool(terms: PoolTerms, usage: readonly UsageRow[]): PoolDistribution {
  const problems: PoolProblem[] = [];
  const empty: PoolDistribution = { periods: [], suppliers: [], totals: [], poolMinor: 0, feeMinor: 0, paidMinor: 0, unallocatedMinor: 0, problems };
  if (usage.length === 0) {
    problems.push({ code: 'no-usage' });
    return empty;
  }
  const periodPool = toMinor(terms.amountPerPupil) * terms.pupils;
  if (!Number.isSafeInteger(periodPool) || periodPool < 0) {
    problems.push({ code: 'pool-too-large' });
    return empty;
  }
  const mixWeights = keyWeights(terms);
  if (!mixWeights) {
    problems.push({ code: 'mix-without-weights' });
    return empty;
  }
  let minimum = terms.minimumPerSupplier ? toMinor(terms.minimumPerSupplier) : 0;
  const cap = terms.capPerSupplier !== undefined && terms.capPerSupplier !== null ? toMinor(terms.capPerSupplier) : Infinity;
  if (cap < minimum) {
    problems.push({ code: 'cap-below-minimum' });
    minimum = 0;
  }

  const { suppliers, periods, byPeriod } = aggregate(usage);
  const fee = percentOf(periodPool, terms.feePercent);
  const distributable = periodPool - fee;
  const result: PeriodPayout[] = [];
  const totals = new Array<number>(suppliers.length).fill(0);

  for (const period of periods) {
    const sums = byPeriod.get(period)!;
    const shares = usageShares(sums, mixWeights, suppliers.length);
    const bounded = boundedQuotas(distributable, shares, minimum, cap);
    if (bounded.minimumsExceedPool) problems.push({ code: 'minimums-exceed-pool', period });
    const allocated = distributable - bounded.unallocated;
    const minor = largestRemainder(
      allocated,
      bounded.quotas.map((amount, i) => ({ amount, tieKey: shares[i], name: suppliers[i] })),
    );
    if (shares.every((s) => s === 0)) problems.push({ code: 'nothing-used', period });
    else if (bounded.unallocated > 0) problems.push({ code: 'caps-leave-rest', period, unallocatedMinor: bounded.unallocated });
    minor.forEach((m, i) => (totals[i] += m));
    result.push({
      period,
      poolMinor: periodPool,
      feeMinor: fee,
      distributableMinor: distributable,
      paidMinor: allocated,
      unallocatedMinor: bounded.unallocated,
      suppliers: suppliers.map((supplier, i) => ({
        supplier,
        usageShare: shares[i],
        minor: minor[i],
        atCap: cap !== Infinity && minor[i] === cap,
        atMinimum: minimum > 0 && bounded.fixedAtMinimum[i],
      })),
    });
  }
  const paid = totals.reduce((s, x) => s + x, 0);
  return {
    periods: result,
    suppliers,
    totals: suppliers.map((supplier, i) => ({ supplier, minor: totals[i], share: paid > 0 ? totals[i] / paid : 0 })),
    poolMinor: periodPool * periods.length,
    feeMinor: fee * periods.length,
    paidMinor: paid,
    unallocatedMinor: result.reduce((s, p) => s + p.unallocatedMinor, 0),
    problems,
  };
}

/** Weights of the three measures under the key; null when a mix has no positive weight. */
function keyWeights(terms: PoolTerms): Record<Measure, number> | null {
  if (terms.key !== 'mix') return { active_users: 0, sessions: 0, minutes: 0, [terms.key]: 1 };
  const w = { active_users: terms.mix?.active_users ?? 0, sessions: terms.mix?.sessions ?? 0, minutes: terms.mix?.minutes ?? 0 };
  return w.active_users + w.sessions + w.minutes > 0 ? w : null;
}

/** The measures the usage carries: a file may have one, two or all three. */
export function measuresIn(usage: readonly UsageRow[]): Set<Measure> {
  const found = new Set<Measure>();
  for (const row of usage) {
    for (const m of MEASURES) if (row[m] !== undefined) found.add(m);
    if (found.size === MEASURES.length) break;
  }
  return found;
}

function aggregate(usage: readonly UsageRow[]) {
  const supplierIndex = new Map<string, number>();
  for (const row of usage) if (!supplierIndex.has(row.supplier)) supplierIndex.set(row.supplier, 0);
  const suppliers = [...supplierIndex.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  suppliers.forEach((s, i) => supplierIndex.set(s, i));
  const byPeriod = new Map<string, PeriodUsage>();
  const n = suppliers.length;
  for (const row of usage) {
    let p = byPeriod.get(row.period);
    if (!p) {
      p = { active_users: new Float64Array(n), sessions: new Float64Array(n), minutes: new Float64Array(n) };
      byPeriod.set(row.period, p);
    }
    const i = supplierIndex.get(row.supplier)!;
    // A measure the usage file did not have counts as no use under it (its key is not offered).
    p.active_users[i] += row.active_users ?? 0;
    p.sessions[i] += row.sessions ?? 0;
    p.minutes[i] += row.minutes ?? 0;
  }
  const periods = [...byPeriod.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { suppliers, periods, byPeriod };
}

/**
 * Each supplier's share of the period's usage. A mix is a weighted mean of the shares under
 * each measure (not of the raw numbers, which have different scales); a measure nobody used
 * drops out of the mix.
 */
export function usageShares(sums: PeriodUsage, weights: Record<Measure, number>, n: number): number[] {
  const shares = new Array<number>(n).fill(0);
  let weightUsed = 0;
  for (const m of MEASURES) {
    if (weights[m] <= 0) continue;
    const col = sums[m];
    let total = 0;
    for (let i = 0; i < n; i++) total += col[i];
    if (total <= 0) continue;
    weightUsed += weights[m];
    for (let i = 0; i < n; i++) shares[i] += (weights[m] * col[i]) / total;
  }
  if (weightUsed > 0) for (let i = 0; i < n; i++) shares[i] /= weightUsed;
  return shares;
}

export interface BoundedQuotas {
  quotas: number[];
  fixedAtMinimum: boolean[];
  unallocated: number;
  minimumsExceedPool: boolean;
}

/**
 * Splits `total` in proportion to `weights`, but no one below `minimum` or above `cap`:
 * the result is clamp(λ·w, minimum, cap) for the λ that spends the total. Found iteratively:
 * at the current λ, if capping would free more money than the minimums need, everyone over the
 * cap stays over it at the final λ, so they are fixed at the cap; otherwise everyone under the
 * minimum is fixed there. Repeat with the rest. At most one round per supplier.
 */
export function boundedQuotas(total: number, weights: readonly number[], minimum: number, cap: number): BoundedQuotas {
  const n = weights.length;
  const quotas = new Array<number>(n).fill(0);
  const fixed = new Array<boolean>(n).fill(false);
  const fixedAtMinimum = new Array<boolean>(n).fill(false);
  if (n === 0) return { quotas, fixedAtMinimum, unallocated: total, minimumsExceedPool: false };
  if (minimum * n > total) {
    // The guarantee cannot be kept for everyone: share equally, which is as close as the pool allows.
    const equal = Math.min(total / n, cap);
    quotas.fill(equal);
    return { quotas, fixedAtMinimum, unallocated: Math.round(total - equal * n), minimumsExceedPool: true };
  }
  for (let round = 0; round <= n; round++) {
    let rest = total;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      if (fixed[i]) rest -= quotas[i];
      else weight += weights[i];
    }
    const free: number[] = [];
    for (let i = 0; i < n; i++) if (!fixed[i]) free.push(i);
    if (free.length === 0) return { quotas, fixedAtMinimum, unallocated: Math.round(rest), minimumsExceedPool: false };
    if (weight <= 0) {
      // Nobody left has any usage: they get the minimum, the rest stays unallocated.
      for (const i of free) {
        quotas[i] = minimum;
        fixedAtMinimum[i] = minimum > 0;
      }
      return { quotas, fixedAtMinimum, unallocated: Math.round(rest - minimum * free.length), minimumsExceedPool: false };
    }
    const lambda = rest / weight;
    let excess = 0;
    let deficit = 0;
    const over: number[] = [];
    const under: number[] = [];
    for (const i of free) {
      const q = lambda * weights[i];
      if (q > cap) {
        excess += q - cap;
        over.push(i);
      } else if (q < minimum) {
        deficit += minimum - q;
        under.push(i);
      }
    }
    if (over.length === 0 && under.length === 0) {
      for (const i of free) quotas[i] = lambda * weights[i];
      return { quotas, fixedAtMinimum, unallocated: 0, minimumsExceedPool: false };
    }
    if (over.length > 0 && excess >= deficit) {
      for (const i of over) {
        quotas[i] = cap;
        fixed[i] = true;
      }
    } else {
      for (const i of under) {
        quotas[i] = minimum;
        fixed[i] = true;
        fixedAtMinimum[i] = true;
      }
    }
  }
  throw new Error('bounded pool split did not settle');
}
