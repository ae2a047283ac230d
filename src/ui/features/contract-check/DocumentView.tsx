import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Clause } from '../../../domain/contract/clause';
import type { Evidence } from '../../../domain/model';
import { ClauseExcerpt } from './ClauseExcerpt';

/** The whole contract as read, clause by clause, scrolled to the evidence clause with its words marked. */
export function DocumentView({ clauses, evidence }: { clauses: readonly Clause[]; evidence?: Evidence }) {
  const { t } = useTranslation('contract');
  const focused = useRef<HTMLLIElement>(null);
  useEffect(() => {
    focused.current?.scrollIntoView?.({ block: 'center' });
  }, [evidence?.location.clauseId]);
  return (
    <ol className="document-view" aria-label={t('page.document')} tabIndex={0}>
      {clauses.map((c) => {
        const isEvidence = c.id === evidence?.location.clauseId;
        return (
          <li key={c.id} ref={isEvidence ? focused : undefined} className={isEvidence ? 'document-clause-focused' : undefined} aria-current={isEvidence ? 'true' : undefined}>
            {c.number && <span className="clause-number">{c.number} </span>}
            {isEvidence && evidence ? (
              <ClauseExcerpt evidence={evidence} />
            ) : (
              <>
                {c.heading && <strong>{c.heading}</strong>}
                {c.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </>
            )}
            {c.page && <span className="meta"> — {t('location.page', { page: c.page })}</span>}
          </li>
        );
      })}
    </ol>
  );
}
