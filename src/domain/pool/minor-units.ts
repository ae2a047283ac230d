/**
 * Money in the pool is counted in integer minor units (öre, øre, cent) so that no unit is lost or
 * created when a pool is split; only quotas are fractional, and the largest-remainder method turns
 * them back into whole units that sum exactly to the total.
 */

export function toMinor(major: number): number {
  return Math.round(major * 100);
}

export interface Quota {
  /** The exact (fractional) amount this party is entitled to, in minor units. */
  amount: number;
  /** Breaks ties between equal remainders: the larger key gets the unit first. */
  tieKey: number;
  /** Final tie-break so the result never depends on input order. */
  name: string;
}

/**
 * Largest-remainder rounding: everyone gets the whole part of their quota, and the units still
 * missing from `total` go one each to the largest fractional remainders. Ties go to the larger
 * tie key, then to the name that sorts first. The result always sums to `total`.
 */
export function largestRemainder(total: number, quotas: readonly Quota[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError(`total must be a whole, non-negative number of minor units: ${total}`);
  if (quotas.length === 0) return [];
  const whole = quotas.map((q) => Math.max(0, Math.floor(q.amount + 1e-9)));
  let missing = total - whole.reduce((s, x) => s + x, 0);
  const order = quotas
    .map((q, i) => ({ i, rest: q.amount - whole[i], q }))
    .sort((a, b) => b.rest - a.rest || b.q.tieKey - a.q.tieKey || (a.q.name < b.q.name ? -1 : a.q.name > b.q.name ? 1 : 0));
  // Float noise can leave the floors a unit above or below; hand out or take back one unit at a time.
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) whole[order[k].i]++;
  for (let k = order.length - 1; missing < 0; k = (k - 1 + order.length) % order.length) {
    if (whole[order[k].i] > 0) {
      whole[order[k].i]--;
      missing++;
    }
  }
  return whole;
}

/** `amount × percent / 100`, rounded half up, exact for percentages with up to four decimals. */
export function percentOf(amountMinor: number, percent: number): number {
  const scaled = BigInt(Math.round(percent * 10_000));
  const product = BigInt(amountMinor) * scaled;
  return Number((product + 500_000n) / 1_000_000n);
}
