import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareScenarios, compareWithLicences, scaleSupplierUsage } from '../../../domain/pool/compare';
import { distributePool, MEASURES, measuresIn, type Measure, type PoolTerms, type UsageRow } from '../../../domain/pool/distribute';
import { csvDialect, PAYOUT_COLUMNS, payoutCsv, type PayoutColumn } from '../../../domain/pool/payout-csv';
import { parseSchoolLines, pupilsOf } from '../../../domain/pool/schools';
import type { UsageRowProblem } from '../../../domain/pool/usage-import';
import type { Language, PoolScenario } from '../../../domain/model';
import { formatNumber } from '../../../i18n';
import { exportFileName } from '../../../io/docx/file-name';
import { newId, nowIso, useProject, useUpdateProject } from '../../../store';
import { downloadBlob } from '../../common/download';
import { PoolResult } from './PoolResult';
import { UsageImport } from './UsageImport';
import { DocumentExportButton } from '../export/DocumentExportButton';

type Currency = NonNullable<PoolScenario['currency']>;
const DEFAULT_CURRENCY: Record<string, Currency> = { se: 'SEK', dk: 'DKK', no: 'NOK' };

const termsOf = (s: PoolScenario): PoolTerms => ({
  amountPerPupil: s.amountPerPupil,
  pupils: s.pupils,
  feePercent: s.feePercent,
  key: s.key,
  mix: s.mix,
  minimumPerSupplier: s.minimumPerSupplier,
  capPerSupplier: s.capPerSupplier,
});

/** Flat-rate pool: terms, usage import, payouts per key, licence comparison, saved scenarios side by side. */
export default function PoolPage() {
  const { t, i18n } = useTranslation('pool');
  const project = useProject();
  const update = useUpdateProject();
  const lang = (i18n.language as Language) ?? project.language;
  const saved = project.poolScenarios ?? [];
  const last = saved[saved.length - 1];

  const [name, setName] = useState('');
  const [schoolText, setSchoolText] = useState((last?.schools ?? []).map((s) => `${s.name}; ${s.pupils}`).join('\n'));
  const schools = useMemo(() => parseSchoolLines(schoolText), [schoolText]);
  const [terms, setTerms] = useState<PoolTerms>(last ? termsOf(last) : { amountPerPupil: 0, pupils: project.before.pupils ?? 0, feePercent: 0, key: 'active_users', mix: { active_users: 1, sessions: 1, minutes: 1 } });
  const [currency, setCurrency] = useState<Currency>(last?.currency ?? DEFAULT_CURRENCY[project.country] ?? 'EUR');
  const [usage, setUsage] = useState<UsageRow[]>(last?.usage ?? []);
  const [rejected, setRejected] = useState<{ line: number; text: string }[]>([]);
  const [whatIf, setWhatIf] = useState({ supplier: '', factor: 2 });
  const [compare, setCompare] = useState<string[]>([]);

  // Pupils per school, when given, decide the pupil count.
  const effectiveTerms = useMemo(() => (schools.schools.length ? { ...terms, pupils: pupilsOf(schools.schools) } : terms), [terms, schools]);
  const distribution = useMemo(() => distributePool(effectiveTerms, usage), [effectiveTerms, usage]);
  const licences = useMemo(() => compareWithLicences(distribution, usage), [distribution, usage]);
  // Keys by a measure the usage lacks are offered disabled, with the reason; before any usage, all are open.
  const available = useMemo(() => (usage.length ? measuresIn(usage) : new Set<Measure>(MEASURES)), [usage]);
  // The same terms under each single-measure key the usage has, side by side, so the choice of key can be seen.
  const byKey = useMemo(
    () => (usage.length ? MEASURES.filter((key) => available.has(key)).map((key) => ({ key, distribution: distributePool({ ...effectiveTerms, key }, usage) })) : []),
    [effectiveTerms, usage, available],
  );
  const suppliers = distribution.suppliers;
  const money = (minor: number) => formatNumber(minor / 100, lang, { style: 'currency', currency });

  const set = (patch: Partial<PoolTerms>) => setTerms((x) => ({ ...x, ...patch }));
  const numberOrUndefined = (v: string) => (v.trim() === '' ? undefined : Math.max(0, Number(v)));

  const onUsage = (rows: UsageRow[], problems: UsageRowProblem[], parseErrors: { line: number; message: string }[]) => {
    setUsage(rows);
    const present = measuresIn(rows);
    // A key the new file cannot serve gives way to the first measure it has.
    if (rows.length && terms.key !== 'mix' && !present.has(terms.key)) {
      const first = MEASURES.find((m) => present.has(m));
      if (first) set({ key: first });
    }
    setRejected(
      [
        ...parseErrors.map((p) => ({ line: p.line, text: t('import.parseError', p) })),
        ...problems.map((p) => ({ line: p.line, text: t(`rowProblem.${p.code}`, { ...p, field: 'field' in p ? t(`field.${p.field}`) : '' }) })),
      ].sort((a, b) => a.line - b.line),
    );
  };

  const save = (scenarioName: string, rows: UsageRow[]) => {
    const scenario: PoolScenario = {
      id: newId(),
      name: scenarioName.slice(0, 200) || t('scenario.heading'),
      amountPerPupil: terms.amountPerPupil,
      pupils: Math.round(effectiveTerms.pupils),
      ...(schools.schools.length ? { schools: schools.schools } : {}),
      feePercent: terms.feePercent,
      key: terms.key,
      ...(terms.key === 'mix' && terms.mix ? { mix: terms.mix } : {}),
      ...(terms.minimumPerSupplier !== undefined ? { minimumPerSupplier: terms.minimumPerSupplier } : {}),
      ...(terms.capPerSupplier !== undefined ? { capPerSupplier: terms.capPerSupplier } : {}),
      currency,
      usage: rows,
    };
    update((p) => ({ ...p, poolScenarios: [...(p.poolScenarios ?? []), scenario] }));
  };

  const reportScenarios = () => {
    const chosen = saved.filter((s) => compare.includes(s.id));
    const list = chosen.length ? chosen : saved;
    return list.map((s) => {
      const d = distributePool(termsOf(s), s.usage);
      return { name: s.name, terms: termsOf(s), schools: s.schools, currency: s.currency ?? currency, distribution: d, licences: compareWithLicences(d, s.usage) };
    });
  };
  const current = () => [{ name: name || t('title'), terms: effectiveTerms, schools: schools.schools, currency, distribution, licences }];

  const comparison = useMemo(() => {
    const chosen = saved.filter((s) => compare.includes(s.id));
    return chosen.length > 1 ? { chosen, rows: compareScenarios(chosen.map((s) => ({ name: s.name, distribution: distributePool(termsOf(s), s.usage) }))) } : null;
  }, [saved, compare]);

  // Every saved scenario, each row naming its own; the terms on screen when nothing is saved yet.
  const exportCsv = () => {
    const scenarios = saved.length ? saved.map((s) => ({ name: s.name, distribution: distributePool(termsOf(s), s.usage) })) : [{ name: name || t('title'), distribution }];
    const columns = Object.fromEntries(PAYOUT_COLUMNS.map((c) => [c, t(`export.csvColumns.${c}`)])) as Record<PayoutColumn, string>;
    const csv = payoutCsv(scenarios, columns, csvDialect(lang));
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), exportFileName(t('export:kind.poolPayouts'), project, 'csv'));
  };

  return (
    <section aria-labelledby="pool-title" className="pool">
      <h1 id="pool-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section className="card" aria-labelledby="pool-terms">
        <h2 id="pool-terms">{t('terms.heading')}</h2>
        <div className="field-row">
          <label className="field">
            {t('terms.amountPerPupil')}
            <input type="number" min={0} step="any" value={terms.amountPerPupil} onChange={(e) => set({ amountPerPupil: numberOrUndefined(e.target.value) ?? 0 })} />
          </label>
          <label className="field">
            {t('terms.pupils')}
            <input
              type="number"
              min={0}
              step={1}
              readOnly={schools.schools.length > 0}
              value={effectiveTerms.pupils}
              onChange={(e) => set({ pupils: Math.round(numberOrUndefined(e.target.value) ?? 0) })}
            />
          </label>
          <label className="field">
            {t('terms.feePercent')}
            <input type="number" min={0} max={100} step="any" value={terms.feePercent} onChange={(e) => set({ feePercent: Math.min(100, numberOrUndefined(e.target.value) ?? 0) })} />
          </label>
          <label className="field">
            {t('terms.currency')}
            <select value={currency} onChange={(e) => setCurrency(e.target.value as Currency)}>
              {['SEK', 'DKK', 'EUR', 'NOK'].map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
        </div>
        <div className="field-row">
          <label className="field">
            {t('terms.minimum')} ({t('terms.optional')})
            <input type="number" min={0} step="any" value={terms.minimumPerSupplier ?? ''} onChange={(e) => set({ minimumPerSupplier: numberOrUndefined(e.target.value) })} />
          </label>
          <label className="field">
            {t('terms.cap')} ({t('terms.optional')})
            <input type="number" min={0} step="any" value={terms.capPerSupplier ?? ''} onChange={(e) => set({ capPerSupplier: numberOrUndefined(e.target.value) })} />
          </label>
        </div>
        <label className="field">
          {t('terms.pupilsBySchool')}
          <textarea rows={3} value={schoolText} onChange={(e) => setSchoolText(e.target.value)} aria-invalid={schools.badLines.length > 0} />
        </label>
        {schools.badLines.length > 0 && <p className="field-error">{t('terms.badSchoolLines', { lines: schools.badLines.join(', ') })}</p>}
        <fieldset>
          <legend>{t('terms.key')}</legend>
          {(['active_users', 'sessions', 'minutes', 'mix'] as const).map((k) => {
            const missing = k !== 'mix' && !available.has(k);
            return (
              <label key={k}>
                <input
                  type="radio"
                  name="pool-key"
                  value={k}
                  checked={terms.key === k}
                  disabled={missing}
                  aria-describedby={missing ? `pool-key-${k}-reason` : undefined}
                  onChange={() => set({ key: k })}
                />{' '}
                {t(`key.${k}`)}
                {missing && (
                  <span className="hint" id={`pool-key-${k}-reason`}>
                    {' '}
                    {t('terms.keyUnavailable', { measure: t(`measure.${k}`) })}
                  </span>
                )}
              </label>
            );
          })}
          {terms.key === 'mix' && (
            <div className="field-row">
              {MEASURES.map((m) => (
                <label className="field" key={m}>
                  {t('terms.mixWeights')}: {t(`measure.${m}`)}
                  <input
                    type="number"
                    min={0}
                    step="any"
                    disabled={!available.has(m)}
                    aria-describedby={available.has(m) ? undefined : `pool-mix-${m}-reason`}
                    value={terms.mix?.[m] ?? 0}
                    onChange={(e) => set({ mix: { ...terms.mix, [m]: numberOrUndefined(e.target.value) ?? 0 } })}
                  />
                  {!available.has(m) && (
                    <span className="hint" id={`pool-mix-${m}-reason`}>
                      {t('terms.keyUnavailable', { measure: t(`measure.${m}`) })}
                    </span>
                  )}
                </label>
              ))}
            </div>
          )}
        </fieldset>
      </section>

      <UsageImport onUsage={onUsage} />
      <div aria-live="polite">
        {usage.length > 0 && <p className="notice">{t('import.rowsRead', { count: usage.length })}</p>}
        {rejected.length > 0 && (
          <div className="notice notice-warn" role="alert">
            <p>{t('import.rowsRejected', { count: rejected.length })}</p>
            <ul aria-label={t('import.rowsRejected', { count: rejected.length })}>
              {rejected.map((r, i) => (
                <li key={i}>{r.text}</li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {usage.length === 0 ? <p>{t('import.noUsage')}</p> : <PoolResult distribution={distribution} licences={licences} currency={currency} lang={lang} />}

      {byKey.length > 0 && (
        <section className="card" aria-labelledby="pool-by-key">
          <h2 id="pool-by-key">{t('result.byKey')}</h2>
          <table aria-label={t('result.byKey')}>
            <thead>
              <tr>
                <th scope="col">{t('result.supplier')}</th>
                {byKey.map((k) => (
                  <th scope="col" key={k.key}>
                    {t(`key.${k.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {suppliers.map((s, i) => (
                <tr key={s}>
                  <th scope="row">{s}</th>
                  {byKey.map((k) => (
                    <td key={k.key}>{money(k.distribution.totals[i]?.minor ?? 0)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      {usage.length > 0 && (
        <div className="row-actions">
          <button type="button" onClick={exportCsv}>
            {t('export.csv')}
          </button>{' '}
          <DocumentExportButton
            label={t('export.docx')}
            lang={project.language}
            task={async ({ t: docT, lang: docLang, onStage }) => {
              const { poolReportBlob } = await import('../../../io/docx/pool-report');
              onStage('building');
              const blob = await poolReportBlob({ project, scenarios: saved.length ? reportScenarios() : current(), lang: docLang, t: docT, date: nowIso() });
              return { blob, fileName: exportFileName(docT('export:kind.poolReport'), project) };
            }}
          />
        </div>
      )}

      <section className="card" aria-labelledby="pool-scenarios">
        <h2 id="pool-scenarios">{t('scenario.heading')}</h2>
        <div className="field-row">
          <label className="field">
            {t('terms.name')}
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="button" disabled={usage.length === 0} onClick={() => save(name, usage)}>
            {t('scenario.save')}
          </button>
        </div>
        {suppliers.length > 0 && (
          <fieldset>
            <legend>{t('scenario.whatIf')}</legend>
            <label className="field">
              {t('result.supplier')}
              <select value={whatIf.supplier} onChange={(e) => setWhatIf((w) => ({ ...w, supplier: e.target.value }))}>
                <option value="" />
                {suppliers.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
            <label className="field">
              {t('scenario.factor')}
              <input type="number" min={0} step="any" value={whatIf.factor} onChange={(e) => setWhatIf((w) => ({ ...w, factor: Math.max(0, Number(e.target.value) || 0) }))} />
            </label>
            <button
              type="button"
              disabled={!whatIf.supplier}
              onClick={() => save(t('scenario.whatIfName', { supplier: whatIf.supplier, factor: formatNumber(whatIf.factor, lang) }), scaleSupplierUsage(usage, whatIf.supplier, whatIf.factor))}
            >
              {t('scenario.applyWhatIf')}
            </button>
          </fieldset>
        )}
        {saved.length === 0 ? (
          <p>{t('scenario.none')}</p>
        ) : (
          <ul aria-label={t('scenario.saved')}>
            {saved.map((s) => (
              <li key={s.id}>
                <label>
                  <input type="checkbox" checked={compare.includes(s.id)} onChange={(e) => setCompare((c) => (e.target.checked ? [...c, s.id] : c.filter((x) => x !== s.id)))} /> {s.name}
                </label>{' '}
                <button type="button" aria-label={t('scenario.delete', { name: s.name })} onClick={() => update((p) => ({ ...p, poolScenarios: (p.poolScenarios ?? []).filter((x) => x.id !== s.id) }))}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {comparison && (
          <table aria-label={t('scenario.compare')}>
            <thead>
              <tr>
                <th scope="col">{t('result.supplier')}</th>
                {comparison.chosen.map((s, i) => (
                  <th scope="col" key={s.id}>
                    {s.name}
                    {i === 0 ? ` (${t('scenario.baseline')})` : ''}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((r) => (
                <tr key={r.supplier}>
                  <th scope="row">{r.supplier}</th>
                  {r.minor.map((m, i) => (
                    <td key={i}>
                      {money(m)}
                      {i > 0 && ` (${r.differenceMinor[i] >= 0 ? '+' : ''}${money(r.differenceMinor[i])})`}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
