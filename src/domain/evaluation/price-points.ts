import type { PriceFormula } from './model';

/** One price-point calculation with its inputs, so the protocol can print it for recomputing by hand. */
export interface PricePointsStep {
  formula: PriceFormula;
  lowest: number;
  price: number;
  maxPoints: number;
  points: number;
}

/**
 * Price points for a bid against the lowest qualified price.
 * - lowest-over-price: P = lowest / price × max (relative; the lowest bid gets max).
 * - linear-deduction: P = max × (1 − (price − lowest) / lowest), never below 0: a bid twice the
 *   lowest price or more gets 0.
 * Neither has a floor below which a lower price stops counting (HFD 2022 ref. 41).
 */
export function pricePoints(formula: PriceFormula, price: number, lowest: number, maxPoints: number): PricePointsStep {
  let points: number;
  if (price <= 0) points = maxPoints;
  else if (formula === 'lowest-over-price') points = (lowest / price) * maxPoints;
  else points = lowest <= 0 ? 0 : Math.max(0, maxPoints * (1 - (price - lowest) / lowest));
  // Rounded to 2 decimals as printed in the protocol, so it recomputes by hand to the same total.
  return { formula, lowest, price, maxPoints, points: Math.round((points + 1e-9) * 100) / 100 };
}
