import type { PoolDistribution } from './distribute';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
function field(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Payouts per scenario, supplier and period as CSV, amounts both in minor units (exact) and in
 * major units with a decimal point, so a spreadsheet sum matches the pool to the öre.
 */
export function payoutCsv(scenarios: readonly { name: string; distribution: PoolDistribution }[], header: string): string {
  const lines = [header];
  for (const { name, distribution } of scenarios) {
    for (const p of distribution.periods) {
      for (const s of p.suppliers) {
        lines.push([field(name), field(s.supplier), field(p.period), String(s.minor), (s.minor / 100).toFixed(2), s.usageShare.toFixed(6)].join(','));
      }
    }
  }
  return lines.join('\r\n') + '\r\n';
}
