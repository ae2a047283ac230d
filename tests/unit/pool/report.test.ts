import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compareWithLicences, scaleSupplierUsage } from '../../../src/domain/pool/compare';
import { distributePool, type PoolTerms, type UsageRow } from '../../../src/domain/pool/distribute';
import { payoutCsv } from '../../../src/domain/pool/payout-csv';
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
  it('CSV: one row per scenario, supplier and period, exact minor units, spreadsheet-safe names', () => {
    const csv = payoutCsv([{ name: 'Base', distribution: distributePool(terms, usage) }], 'scenario,supplier,period,payout_minor,payout,usage_share');
    // 100 kr less 1 % = 99 kr = 9 900 öre split 1:2 → 3 300 / 6 600.
    expect(csv.split('\r\n')).toEqual([
      'scenario,supplier,period,payout_minor,payout,usage_share',
      "Base,'=Beta,2026-01,6600,66.00,0.666667",
      'Base,"Alfa, förlag",2026-01,3300,33.00,0.333333',
      '',
    ]);
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
