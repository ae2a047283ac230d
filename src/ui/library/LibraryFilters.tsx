import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import { localized } from '../../domain/requirement/localized';
import type { Language } from '../../domain/model';
import { standardTitle } from '../../domain/catalogue/standard-title';

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
  const set = (k: keyof Filters, v: string) => onChange({ ...filters, [k]: v || undefined });
  const select = (k: keyof Filters, label: string, options: [string, string][]) => (
    <div className="field">
      <label htmlFor={`lf-${k}`}>{label}</label>
      <select id={`lf-${k}`} value={filters[k] ?? ''} onChange={(e) => set(k, e.target.value)}>
        <option value="">{t('all')}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <fieldset>
      <legend>{t('filters')}</legend>
      {select('area', t('area'), [...catalogue.areas.values()].map((a) => [a.id, localized(a.name, lang)]))}
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
