import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import { localized } from '../../domain/requirement/localized';
import type { Language } from '../../domain/model';
import { standardTitle } from '../../domain/catalogue/standard-title';
import { useAreaLenses } from './AreaLenses';

export interface Filters {
  area?: string;
  standard?: string;
  phase?: string;
  category?: string;
  kind?: string;
}

const CATEGORIES = ['functional', 'interoperability', 'identity', 'privacy', 'security', 'accessibility', 'service-level', 'support', 'commercial', 'legal', 'exit', 'pedagogy', 'ai'];

export function LibraryFilters({ catalogue, filters, onChange }: { catalogue: Catalogue; filters: Filters; onChange: (f: Filters) => void }) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  const lensesOf = useAreaLenses();
  const set = (k: keyof Filters, v: string) => onChange({ ...filters, [k]: v || undefined });
  // The chosen area's place on the Swedish edtech map and in the Danish user-portal initiative.
  const chosenArea = filters.area ? catalogue.areas.get(filters.area) : undefined;
  const areaHint = chosenArea ? [localized(chosenArea.description, lang), ...lensesOf(chosenArea)].filter((l) => l !== '') : [];
  const select = (k: keyof Filters, label: string, options: [string, string][], hint: string[] = []) => (
    <div className="field">
      <label htmlFor={`lf-${k}`}>{label}</label>
      <select id={`lf-${k}`} value={filters[k] ?? ''} aria-describedby={hint.length > 0 ? `lf-${k}-hint` : undefined} onChange={(e) => set(k, e.target.value)}>
        <option value="">{t('all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      {hint.length > 0 && (
        <ul id={`lf-${k}-hint`} className="hint area-lenses">
          {hint.map((h) => (
            <li key={h}>{h}</li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <fieldset>
      <legend>{t('filters')}</legend>
      {select('area', t('area'), [...catalogue.areas.values()].map((a) => [a.id, localized(a.name, lang)]), areaHint)}
      {select('standard', t('standard'), [...catalogue.standards.values()].map((s) => [s.id, standardTitle(s, lang)]))}
      {select('phase', t('phase'), ['before', 'during', 'after'].map((p) => [p, t(`common:phase.${p}`)]))}
      {select('category', t('categoryLabel'), CATEGORIES.map((c) => [c, t(`category.${c}`)]))}
      {select('kind', t('kind'), ['must', 'should'].map((k) => [k, t(`during:kind.${k}`)]))}
      <button type="button" onClick={() => onChange({})}>
        {t('clearFilters')}
      </button>
    </fieldset>
  );
}
