import { useTranslation } from 'react-i18next';
import type { RiskFlag } from '../../../domain/model';
import { ClauseExcerpt } from './ClauseExcerpt';
import { locationText } from './location-text';

export function RiskList({ risks, onReviewed }: { risks: RiskFlag[]; onReviewed: (index: number, reviewed: boolean) => void }) {
  const { t } = useTranslation('contract');
  return (
    <section className="card" aria-labelledby="contract-risks">
      <h2 id="contract-risks">{t('risk.title')}</h2>
      {risks.length === 0 ? (
        <p className="empty">{t('risk.none')}</p>
      ) : (
        <ul className="risk-list">
          {risks.map((r, i) => (
            <li key={`${r.code}-${i}`}>
              <p>
                <strong>{t(`risk.${r.code}`)}</strong> <span className="badge badge-warn">{t(`severity.${r.severity}`)}</span>
              </p>
              <figure>
                <figcaption>{locationText(r.evidence, t)}</figcaption>
                <ClauseExcerpt evidence={r.evidence} />
              </figure>
              <label>
                <input type="checkbox" checked={!!r.reviewed} onChange={(e) => onReviewed(i, e.target.checked)} /> {t('page.reviewed')}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
