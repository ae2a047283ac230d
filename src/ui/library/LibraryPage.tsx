import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { localized } from '../../domain/requirement/localized';
import type { Language } from '../../domain/model';
import { useCatalogue, useKravkitStore } from '../../store';
import { Loading } from '../common/Loading';
import { CoverageMatrix } from './CoverageMatrix';
import { LibraryFilters, type Filters } from './LibraryFilters';
import { PackManager } from './PackManager';
import { TemplateDetail } from './TemplateDetail';
import { useLoadCatalogue } from './use-load-catalogue';
import { useTemplateSearch } from './use-template-search';

const PAGE = 60;

/** Browse and search the requirement templates, read one, and add it to the open project. */
export default function LibraryPage() {
  useLoadCatalogue();
  const catalogue = useCatalogue();
  if (!catalogue) return <Loading />;
  return <LibraryLoaded />;
}

function LibraryLoaded() {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  const catalogue = useCatalogue()!;
  const { projectId } = useParams();
  const inProject = useKravkitStore((s) => (projectId && s.project?.id === projectId ? s.project : null));
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);
  const results = useTemplateSearch(catalogue, deferredQuery, filters);
  const chosen = useMemo(() => new Set(inProject?.requirements.map((r) => r.templateId) ?? []), [inProject]);

  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">{t('title')}</h1>
      <p className="lead">{t('intro', { templates: catalogue.templates.size, standards: catalogue.standards.size, areas: catalogue.areas.size })}</p>
      <div className="layout-2">
        <div>
          <div className="field">
            <label htmlFor="lib-search">{t('search')}</label>
            <input id="lib-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} autoComplete="off" />
          </div>
          <LibraryFilters catalogue={catalogue} filters={filters} onChange={setFilters} />
        </div>
        <div>
          <p role="status" aria-live="polite">
            {t('results', { count: results.length })}
          </p>
          <ul className="template-results">
            {results.slice(0, shown).map((id) => {
              const entry = catalogue.templates.get(id)!;
              const tpl = entry.template;
              return (
                <li key={id} className={selected === id ? 'selected' : undefined}>
                  <button type="button" className="link" onClick={() => setSelected(id)} aria-expanded={selected === id}>
                    {localized(tpl.title, lang)}
                  </button>{' '}
                  <span className={`badge badge-${tpl.kind}`}>{t(`during:kind.${tpl.kind}`)}</span> <span className="meta">{t(`category.${tpl.category}`)}</span>
                  {chosen.has(id) && (
                    <>
                      {' '}
                      <span className="badge">{t('inProject')}</span>
                    </>
                  )}
                  {selected === id && <TemplateDetail templateId={id} />}
                </li>
              );
            })}
          </ul>
          {results.length > shown && (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('showMore', { count: Math.min(PAGE, results.length - shown) })}
            </button>
          )}
        </div>
      </div>
      <CoverageMatrix catalogue={catalogue} />
      <PackManager />
    </section>
  );
}
