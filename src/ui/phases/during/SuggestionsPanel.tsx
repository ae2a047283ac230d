import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removeRequirement } from '../../../domain/project/requirements';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { applySuggestions, staleSuggestions, suggestRequirements } from '../../../domain/suggestion/suggest';
import { newId, useCatalogue, useProject, useUpdateProject } from '../../../store';
import { whyText } from './reason-text';

/**
 * The suggested specification: what the before-phase answers propose, how many are not yet in the
 * spec, and which earlier suggestions the answers no longer support.
 */
export function SuggestionsPanel() {
  const { t, i18n } = useTranslation('during');
  const project = useProject();
  const catalogue = useCatalogue()!;
  const update = useUpdateProject();
  const [added, setAdded] = useState<number | null>(null);
  const suggestions = useMemo(() => suggestRequirements(project.before, catalogue), [project.before, catalogue]);
  const present = useMemo(() => new Set(project.requirements.map((r) => r.templateId)), [project.requirements]);
  const missingList = suggestions.filter((s) => !present.has(s.templateId));
  const missing = missingList.length;
  const stale = useMemo(() => staleSuggestions(project, suggestions), [project, suggestions]);
  return (
    <section className="card" aria-labelledby="suggest-title">
      <h2 id="suggest-title">{t('suggest.title')}</h2>
      <p>{t('suggest.summary', { total: suggestions.length, missing })}</p>
      <div className="row-actions">
        <button
          type="button"
          className="primary"
          disabled={missing === 0}
          onClick={() => {
            let count = 0;
            update((p) => {
              const r = applySuggestions(p, suggestions, catalogue, newId);
              count = r.added.length;
              return r.project;
            });
            setAdded(count);
          }}
        >
          {t('suggest.apply', { count: missing })}
        </button>
      </div>
      {missing > 0 && (
        <details className="suggestion-list">
          <summary>{t('suggest.listTitle')}</summary>
          <ul>
            {missingList.map((s) => (
              <li key={s.templateId}>
                <strong>{localized(catalogue.templates.get(s.templateId)?.template.title, project.language as Language)}</strong>
                <br />
                <span className="hint">{whyText(t, s.reasons, catalogue, i18n.language as Language)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      {added !== null && (
        <p className="notice" role="status">
          {t('suggest.added', { count: added })}
        </p>
      )}
      {stale.length > 0 && (
        <div className="notice notice-warn" role="status">
          <p>{t('suggest.stale', { count: stale.length })}</p>
          <button type="button" onClick={() => update((p) => stale.reduce((acc, uid) => removeRequirement(acc, uid), p))}>
            {t('suggest.removeStale', { count: stale.length })}
          </button>
        </div>
      )}
    </section>
  );
}
