import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveStatus, effectiveSummary, STATUS_ORDER } from '../../../domain/contract/report';
import { filterFindings, type FindingReview } from '../../../domain/contract/review';
import type { Clause } from '../../../domain/contract/clause';
import type { CheckRun, CheckStatus } from '../../../domain/model';
import { FindingDetail } from './FindingDetail';

interface Props {
  run: CheckRun;
  clauses?: readonly Clause[];
  numbers: ReadonlyMap<string, string>;
  onReview: (uid: string, patch: FindingReview) => void;
}

/** The report: summary, filters, findings grouped by status (conflicts and missing first), and the selected finding beside its clause. */
export function CheckReport({ run, clauses, numbers, onReview }: Props) {
  const { t, i18n } = useTranslation('contract');
  const id = useId();
  const [status, setStatus] = useState<CheckStatus | ''>('');
  const [unreviewedOnly, setUnreviewedOnly] = useState(false);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const shown = useMemo(() => filterFindings(run, { status: status || undefined, unreviewedOnly, query }), [run, status, unreviewedOnly, query]);
  const groups = STATUS_ORDER.map((s) => ({ status: s, findings: shown.filter((f) => effectiveStatus(f) === s) })).filter((g) => g.findings.length);
  const current = run.findings.find((f) => f.requirementUid === selected) ?? shown[0];
  const c = run.contract;
  const summary = useMemo(() => effectiveSummary(run), [run]);
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('page.report')}: {c.name}
      </h2>
      <p className="meta">
        {t('cli.heading', { name: c.name, language: t(`language.${c.language}`), clauses: c.clauses, pages: c.pages ? t('cli.pages', { count: c.pages }) : '' })} ·{' '}
        {new Date(run.createdAt).toLocaleString(i18n.language)}
        {c.agreement && c.agreement !== 'unknown' ? ` · ${t(`agreement.${c.agreement}`)}` : ''}
      </p>
      <p className="contract-summary" aria-live="polite">
        {(['conflict', 'missing', 'partial', 'met'] as const).map((s) => (
          <span key={s} className={`status status-${s}`}>
            {t(`status.${s}`)}: {summary[s]}
          </span>
        ))}
      </p>
      <fieldset className="contract-filters">
        <legend>{t('page.filters')}</legend>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('page.filterStatus')}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as CheckStatus | '')}>
            <option value="">{t('page.filterAll')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label>
          <input type="checkbox" checked={unreviewedOnly} onChange={(e) => setUnreviewedOnly(e.target.checked)} /> {t('page.filterUnreviewed')}
        </label>
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('page.search')}</label>
          <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      </fieldset>
      <p className="hint">{t('page.count', { count: shown.length })}</p>
      <div className="contract-report">
        <nav aria-label={t('page.finding')} className="finding-list">
          {groups.map((g) => (
            <div key={g.status}>
              <h3 className={`status-heading status-${g.status}`}>
                {t(`statusGroup.${g.status}`)} ({g.findings.length})
              </h3>
              <ul>
                {g.findings.map((f) => (
                  <li key={f.requirementUid}>
                    <button type="button" className="link" aria-current={current?.requirementUid === f.requirementUid ? 'true' : undefined} onClick={() => setSelected(f.requirementUid)}>
                      {numbers.get(f.requirementUid) ? `${numbers.get(f.requirementUid)} ` : ''}
                      {f.title}
                      {f.reviewed ? ' ✓' : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <div className="finding-pane">
          {current ? (
            <FindingDetail key={current.requirementUid} finding={current} clauses={clauses} number={numbers.get(current.requirementUid)} onReview={(patch) => onReview(current.requirementUid, patch)} />
          ) : (
            <p className="empty">{t('page.selectFinding')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
