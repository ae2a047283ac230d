import type { Language } from '../model';
import type { PoolDistribution } from './distribute';

/**
 * How a spreadsheet in the user's locale reads CSV: Swedish and Danish Excel split on semicolons
 * and read a decimal comma (a comma-separated file lands in one column there); English uses both
 * the comma and the decimal point.
 */
export interface CsvDialect {
  separator: ',' | ';';
  decimal: '.' | ',';
}

export function csvDialect(lang: Language): CsvDialect {
  return lang === 'en' ? { separator: ',', decimal: '.' } : { separator: ';', decimal: ',' };
}

export const PAYOUT_COLUMNS = ['scenario', 'supplier', 'period', 'payoutMinor', 'payout', 'usageShare'] as const;
export type PayoutColumn = (typeof PAYOUT_COLUMNS)[number];

/** Excel takes a file without it for the system code page and shows å, ä and ø as mojibake. */
const BOM = '\uFEFF';

/** RFC 4180 field: quoted when it holds the separator, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
function field(value: string, separator: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Payouts per scenario, supplier and period as CSV in the user's locale, amounts both in minor
 * units (exact) and in major units, so a spreadsheet sum matches the pool to the öre. Every
 * scenario given is listed, each row naming its scenario; the header is the translated column names.
 */
export function payoutCsv(
  scenarios: readonly { name: string; distribution: PoolDistribution }[],
  columns: Readonly<Record<PayoutColumn, string>>,
  dialect: CsvDialect,
): string {
  const { separator, decimal } = dialect;
  const number = (value: number, digits: number) => (decimal === '.' ? value.toFixed(digits) : value.toFixed(digits).replace('.', decimal));
  const lines = [PAYOUT_COLUMNS.map((c) => field(columns[c], separator)).join(separator)];
  for (const { name, distribution } of scenarios) {
    for (const p of distribution.periods) {
      for (const s of p.suppliers) {
        lines.push([field(name, separator), field(s.supplier, separator), field(p.period, separator), String(s.minor), number(s.minor / 100, 2), number(s.usageShare, 6)].join(separator));
      }
    }
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
