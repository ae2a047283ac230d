import { distributePool, type DistributionKey } from '../../domain/pool/distribute';
import { toMinor } from '../../domain/pool/minor-units';
import { guessColumnMapping, mappedMeasures, mapUsageRecords, missingFields, parseMeasure } from '../../domain/pool/usage-import';
import { readUsageCsv } from '../../io/usage/read-usage-csv';
import { formatNumber } from '../../i18n';
import { parseArgs, type CliCommand } from '../context';
import { readTextArg } from '../input-files';

const KEYS: readonly DistributionKey[] = ['active_users', 'sessions', 'minutes'];
const CURRENCIES = ['SEK', 'DKK', 'EUR', 'NOK'] as const;

/**
 * pool USAGE.csv --amount-per-pupil N --pupils N [--key …] [--fee PERCENT] [--currency C] [--json]
 * Prints each supplier's payout; the amounts, in minor units, sum exactly to the pool less the fee.
 * Rows that cannot be read are listed by line on stderr (and in the JSON), and the exit code is 1.
 */
export const run: CliCommand = async (args, ctx) => {
  const { t, out, err, lang } = ctx;
  const { positional, options } = parseArgs(args, ['json']);
  const file = positional[0];
  const opt = (name: string) => options.get(name)?.at(-1);
  const fail = (message: string) => {
    err(message);
    return 2;
  };
  if (!file) return fail(t('cli:missingArgument', { name: 'USAGE.csv' }));
  const numbers: Record<string, number> = {};
  for (const [name, required, fallback] of [['amount-per-pupil', true, 0], ['pupils', true, 0], ['fee', false, 0]] as const) {
    const raw = opt(name);
    if (raw === undefined) {
      if (required) return fail(t('cli:missingArgument', { name: `--${name}` }));
      numbers[name] = fallback;
      continue;
    }
    const n = parseMeasure(raw);
    if (n === null || n < 0) return fail(t('pool:cli.badNumber', { option: `--${name}`, value: raw }));
    numbers[name] = n;
  }
  if (!Number.isInteger(numbers.pupils)) return fail(t('pool:cli.badNumber', { option: '--pupils', value: opt('pupils') }));
  const key = (opt('key') ?? 'active_users') as DistributionKey;
  if (!KEYS.includes(key)) return fail(t('pool:cli.badKey', { value: key }));
  const currency = (opt('currency') ?? 'SEK').toUpperCase();
  if (!(CURRENCIES as readonly string[]).includes(currency)) return fail(t('pool:cli.badNumber', { option: '--currency', value: currency }));

  const text = await readTextArg(file, ctx);
  if (text === null) return 1;
  const table = readUsageCsv(text);
  const mapping = guessColumnMapping(table.header);
  const missing = missingFields(mapping);
  if (missing.length) return fail(t('pool:cli.missingColumns', { fields: missing.join(', ') }));
  const measures = mappedMeasures(mapping);
  if (measures.length === 0) return fail(t('pool:cli.noMeasure', { fields: KEYS.join(', ') }));
  // The key's own column must be there: sharing by a measure the file lacks would pay out nothing.
  if (!measures.includes(key as (typeof measures)[number])) return fail(t('pool:cli.keyColumnMissing', { key, available: measures.join(', ') }));
  const { rows, problems: rowProblems } = mapUsageRecords(table.records, mapping);
  const rejected = [
    ...table.parseErrors.map((p) => ({ line: p.line, message: t('pool:import.parseError', p) })),
    ...rowProblems.map((p) => ({ line: p.line, message: t(`pool:rowProblem.${p.code}`, { ...p, field: 'field' in p ? t(`pool:field.${p.field}`) : '' }) })),
  ].sort((a, b) => a.line - b.line);

  const d = distributePool({ amountPerPupil: numbers['amount-per-pupil'], pupils: numbers.pupils, feePercent: numbers.fee, key }, rows);
  const money = (minor: number) => formatNumber(minor / 100, lang, { style: 'currency', currency });
  const problems = d.problems.map((p) => t(`pool:problem.${p.code}`, { ...p, amount: 'unallocatedMinor' in p ? money(p.unallocatedMinor) : '' }));

  if (options.has('json')) {
    out(
      JSON.stringify(
        {
          currency,
          key,
          periods: d.periods.length,
          poolMinor: d.poolMinor,
          feeMinor: d.feeMinor,
          paidMinor: d.paidMinor,
          unallocatedMinor: d.unallocatedMinor,
          suppliers: d.totals.map((s) => ({ supplier: s.supplier, minor: s.minor, share: s.share })),
          problems: d.problems,
          rejectedRows: rowProblems,
        },
        null,
        2,
      ),
    );
  } else {
    out(t('pool:cli.pool', { periods: d.periods.length, pupils: formatNumber(numbers.pupils, lang), amount: money(toMinor(numbers['amount-per-pupil'])), total: money(d.poolMinor) }));
    out(t('pool:cli.fee', { percent: formatNumber(numbers.fee, lang), amount: money(d.feeMinor) }));
    out(t('pool:cli.shared', { key: t(`pool:key.${key}`), amount: money(d.poolMinor - d.feeMinor) }));
    if (d.unallocatedMinor) out(t('pool:cli.unallocated', { amount: money(d.unallocatedMinor) }));
    out('');
    const width = Math.max(10, ...d.totals.map((s) => s.supplier.length));
    const cells = d.totals.map((s) => [s.supplier, money(s.minor), formatNumber(s.share, lang, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 })]);
    const moneyWidth = Math.max(...cells.map((c) => c[1].length), money(d.paidMinor).length);
    out(`${t('pool:result.supplier').padEnd(width)}  ${t('pool:result.payout').padStart(moneyWidth)}  ${t('pool:result.share')}`);
    for (const [s, m, sh] of cells) out(`${s.padEnd(width)}  ${m.padStart(moneyWidth)}  ${sh.padStart(8)}`);
    out(`${t('pool:cli.total').padEnd(width)}  ${money(d.paidMinor).padStart(moneyWidth)}`);
  }
  for (const p of problems) err(p);
  if (rejected.length) {
    err(t('pool:cli.rejected'));
    for (const r of rejected) err(`  ${r.message}`);
    return 1;
  }
  return 0;
};
