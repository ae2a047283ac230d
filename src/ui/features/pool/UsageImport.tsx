import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageRow } from '../../../domain/pool/distribute';
import { guessColumnMapping, mappedMeasures, mapUsageRecords, missingFields, USAGE_FIELDS, type ColumnMapping, type UsageRowProblem } from '../../../domain/pool/usage-import';
import { readUsageCsv, type UsageTable } from '../../../io/usage/read-usage-csv';

const PREVIEW_ROWS = 5;

/** Usage CSV: choose a file, check the first rows and the column mapping, then use the rows; bad rows are listed by line. */
export function UsageImport({ onUsage }: { onUsage: (rows: UsageRow[], problems: UsageRowProblem[], parseErrors: UsageTable['parseErrors']) => void }) {
  const { t } = useTranslation('pool');
  const [table, setTable] = useState<UsageTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const missing = missingFields(mapping);
  const noMeasure = mappedMeasures(mapping).length === 0;

  const choose = async (file: File) => {
    const read = readUsageCsv(await file.text());
    setTable(read);
    setMapping(guessColumnMapping(read.header));
  };

  return (
    <section className="card" aria-labelledby="pool-import">
      <h2 id="pool-import">{t('import.heading')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <label className="field">
        {t('import.choose')}
        <input type="file" accept=".csv,text/csv" onChange={(e) => e.target.files?.[0] && choose(e.target.files[0])} />
      </label>
      {table && (
        <>
          <h3>{t('import.preview')}</h3>
          <div className="field-row">
            {USAGE_FIELDS.map((f) => (
              <label className="field" key={f}>
                {t('import.column', { field: t(`field.${f}`) })}
                <select
                  value={mapping[f] ?? ''}
                  onChange={(e) => setMapping((m) => ({ ...m, [f]: e.target.value === '' ? undefined : Number(e.target.value) }))}
                >
                  <option value="">{t('import.none')}</option>
                  {table.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `#${i + 1}`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <table aria-label={t('import.preview')}>
            <thead>
              <tr>
                {table.header.map((h, i) => (
                  <th scope="col" key={i}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.records.slice(0, PREVIEW_ROWS).map((r) => (
                <tr key={r.line}>
                  {r.cells.map((c, i) => (
                    <td key={i}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 0 && <p className="notice notice-warn">{t('import.missing', { fields: missing.map((f) => t(`field.${f}`)).join(', ') })}</p>}
          {noMeasure && <p className="notice notice-warn">{t('import.noMeasure')}</p>}
          <button
            type="button"
            className="primary"
            disabled={missing.length > 0 || noMeasure}
            onClick={() => {
              const { rows, problems } = mapUsageRecords(table.records, mapping);
              onUsage(rows, problems, table.parseErrors);
            }}
          >
            {t('import.apply')}
          </button>
        </>
      )}
    </section>
  );
}
