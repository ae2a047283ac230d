import { useId, useState } from 'react';
import type { Clause } from '../../../domain/contract/clause';
import { DocumentView } from './DocumentView';
import { useTranslation } from 'react-i18next';
import type { FindingReview } from '../../../domain/contract/review';
import { valueMessage } from '../../../domain/contract/value-text';
import type { CheckStatus, Finding } from '../../../domain/model';
import { ClauseExcerpt } from './ClauseExcerpt';
import { locationText } from './location-text';

const STATUSES: CheckStatus[] = ['met', 'partial', 'missing', 'conflict', 'not-applicable'];

interface Props {
  finding: Finding;
  number?: string;
  /** The contract's clauses, when it was read in this session (runs keep only the evidence). */
  clauses?: readonly Clause[];
  onReview: (patch: FindingReview) => void;
}

/** One finding beside the clause it rests on, with the reviewer's controls. */
export function FindingDetail({ finding: f, number, clauses, onReview }: Props) {
  const [inDocument, setInDocument] = useState(false);
  const { t } = useTranslation('contract');
  const id = useId();
  const value = (v: NonNullable<Finding['found']>) => {
    const m = valueMessage(v);
    return t(m.key, m.args);
  };
  const [first, ...others] = f.evidence;
  const explanationArgs = { ...(f.explanation?.args ?? {}) };
  if (typeof explanationArgs.risk === 'string') explanationArgs.risk = t(`risk.${explanationArgs.risk}`);
  return (
    <article className="finding-detail" aria-labelledby={`${id}-title`}>
      <div className="finding-side">
        <h3 id={`${id}-title`}>
          {number ? `${number} ` : ''}
          {f.title}
        </h3>
        <p>
          <span className={`status status-${f.status}`}>{t(`status.${f.status}`)}</span> · {t(`confidence.${f.confidence}`)}
        </p>
        {f.override && (
          <p className="hint">
            {t('page.overridden', { status: t(`status.${f.status}`) })}: <strong>{t(`status.${f.override.status}`)}</strong>
            {f.override.note ? ` — ${f.override.note}` : ''}
          </p>
        )}
        {f.explanation && <p>{t(`explanation.${f.explanation.code}`, explanationArgs)}</p>}
        {(f.required || f.found) && (
          <dl className="values">
            {f.required && (
              <>
                <dt>{t('value.required')}</dt>
                <dd>{value(f.required)}</dd>
              </>
            )}
            {f.found && (
              <>
                <dt>{t('value.found')}</dt>
                <dd>{value(f.found)}</dd>
              </>
            )}
          </dl>
        )}
        <div className="review">
          <label>
            <input type="checkbox" checked={!!f.reviewed} onChange={(e) => onReview({ reviewed: e.target.checked })} /> {t('page.reviewed')}
          </label>
          <div className="field">
            <label htmlFor={`${id}-override`}>{t('page.override')}</label>
            <select
              id={`${id}-override`}
              value={f.override?.status ?? ''}
              onChange={(e) => onReview({ override: e.target.value ? { status: e.target.value as CheckStatus, note: f.override?.note } : null })}
            >
              <option value="">{t('page.overrideNone')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('page.note')}</label>
            <textarea
              id={`${id}-note`}
              rows={3}
              maxLength={5000}
              value={f.override?.note ?? ''}
              disabled={!f.override}
              onChange={(e) => f.override && onReview({ override: { status: f.override.status, note: e.target.value } })}
            />
          </div>
        </div>
      </div>
      <div className="finding-clause">
        <h4>{f.status === 'missing' && first ? t('page.closestClause') : t('page.evidence')}</h4>
        {clauses && clauses.length > 0 && (
          <button type="button" className="link" aria-pressed={inDocument} onClick={() => setInDocument(!inDocument)}>
            {inDocument ? t('page.hideDocument') : t('page.showDocument')}
          </button>
        )}
        {inDocument && clauses ? (
          <DocumentView clauses={clauses} evidence={first} />
        ) : first ? (
          <figure>
            <figcaption>{locationText(first, t)}</figcaption>
            <ClauseExcerpt evidence={first} />
          </figure>
        ) : (
          <p className="empty">{t('page.noEvidence')}</p>
        )}
        {others.length > 0 && (
          <details>
            <summary>{t('page.otherEvidence')}</summary>
            {others.map((e) => (
              <figure key={e.location.clauseId}>
                <figcaption>{locationText(e, t)}</figcaption>
                <ClauseExcerpt evidence={e} />
              </figure>
            ))}
          </details>
        )}
      </div>
    </article>
  );
}
