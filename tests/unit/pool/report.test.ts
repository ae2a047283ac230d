import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareWithLicences, scaleSupplierUsage } from '../../../src/domain/pool/compare';
import { distributePool, type PoolTerms, type UsageRow } from '../../../src/domain/pool/distribute';
import { csvDialect, payoutCsv } from '../../../src/domain/pool/payout-csv';
import type { Project } from '../../../src/domain/model';
import { createI18n } from '../../../src/i18n';
import { bundledResources } from '../../../src/i18n/resources';
import { poolReportBuffer } from '../../../src/io/docx/pool-report';
import { tablesFromDocumentXml } from '../../../src/io/response-form/read-response-form';

const usage: UsageRow[] = [
  { supplier: 'Alfa, förlag', material: 'a', period: '2026-01', active_users: 1, sessions: 0, minutes: 0, licencePrice: 10 },
  { supplier: '=Beta', material: 'b', period: '2026-01', active_users: 2, sessions: 0, minutes: 0 },
];
const terms: PoolTerms = { amountPerPupil: 1, pupils: 100, feePercent: 1, key: 'active_users' };

describe('pool exports', () => {
  const columns = { scenario: 'scenario', supplier: 'supplier', period: 'period', payoutMinor: 'payout_minor', payout: 'payout', usageShare: 'usage_share' };

  it('CSV in English: comma-separated, decimal point, one row per scenario, supplier and period, exact minor units, spreadsheet-safe names', () => {
    const csv = payoutCsv([{ name: 'Base', distribution: distributePool(terms, usage) }], columns, csvDialect('en'));
    // 100 kr less 1 % = 99 kr = 9 900 öre split 1:2 → 3 300 / 6 600.
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'scenario,supplier,period,payout_minor,payout,usage_share',
      "Base,'=Beta,2026-01,6600,66.00,0.666667",
      'Base,"Alfa, förlag",2026-01,3300,33.00,0.333333',
      '',
    ]);
  });

  it('CSV in Swedish and Danish: semicolons and decimal commas, as Excel in those locales reads them, after a UTF-8 BOM', () => {
    expect(csvDialect('sv')).toEqual({ separator: ';', decimal: ',' });
    expect(csvDialect('da')).toEqual({ separator: ';', decimal: ',' });
    const da = { scenario: 'Scenarie', supplier: 'Leverandør', period: 'Periode', payoutMinor: 'Udbetaling i øre', payout: 'Udbetaling', usageShare: 'Andel af brugen' };
    const csv = payoutCsv([{ name: 'Basis; år 1', distribution: distributePool(terms, usage) }], da, csvDialect('da'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Scenarie;Leverandør;Periode;Udbetaling i øre;Udbetaling;Andel af brugen',
      "\"Basis; år 1\";'=Beta;2026-01;6600;66,00;0,666667",
      // A comma is no separator here and needs no quotes.
      '"Basis; år 1";Alfa, förlag;2026-01;3300;33,00;0,333333',
      '',
    ]);
  });

  it('CSV lists every scenario given, each summing to its own pool', () => {
    const doubled = scaleSupplierUsage(usage, 'Alfa, förlag', 2);
    const csv = payoutCsv(
      [
        { name: 'Base', distribution: distributePool(terms, usage) },
        { name: 'Alfa doubles', distribution: distributePool(terms, doubled) },
        { name: 'No fee', distribution: distributePool({ ...terms, feePercent: 0 }, usage) },
      ],
      columns,
      csvDialect('sv'),
    );
    const rows = csv.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(';'));
    const byScenario = new Map<string, number>();
    for (const r of rows) byScenario.set(r[0], (byScenario.get(r[0]) ?? 0) + Number(r[3]));
    expect([...byScenario]).toEqual([
      ['Base', 9900],
      ['Alfa doubles', 9900],
      ['No fee', 10000],
    ]);
    expect(rows.find((r) => r[0] === 'Alfa doubles' && r[1] === 'Alfa, förlag')![3]).toBe('4950');
  });

  it('report: payouts, licence comparison and scenarios side by side', async () => {
    const i18n = await createI18n(await bundledResources('en'), 'en');
    const base = distributePool(terms, usage);
    const doubled = scaleSupplierUsage(usage, 'Alfa, förlag', 2);
    const bytes = await poolReportBuffer({
      project: { title: 'Pool pilot', organisation: 'Exempelby' } as Project,
      scenarios: [
        { name: 'Base', terms, currency: 'SEK', distribution: base, licences: compareWithLicences(base, usage) },
        { name: 'Alfa doubles', terms, currency: 'SEK', distribution: distributePool(terms, doubled), licences: [] },
      ],
      lang: 'en',
      t: i18n.t.bind(i18n),
      date: '2026-11-22',
    });
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    const rows = tablesFromDocumentXml(xml).flatMap((t) => t.rows.map((r) => r.join(' | ')));
    expect(rows).toContain('Alfa, förlag | 33.00 SEK | 10.00 SEK | 23.00 SEK');
    expect(rows).toContain('=Beta (1 row without a price) | 66.00 SEK | no licence price | ');
    // Doubling Alfa: 2 of 4 users → 49.50 kr, +16.50.
    expect(rows).toContain('Alfa, förlag | 33.00 | 49.50 (+16.50)');
  });
});
