import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import { standardAreaMatrix } from '../../domain/catalogue/coverage-matrix';
import { localized } from '../../domain/requirement/localized';
import type { Language } from '../../domain/model';
import { standardTitleOf } from '../../domain/catalogue/standard-title';

/** How many templates cite each standard in each area: where the library is thin. */
export function CoverageMatrix({ catalogue }: { catalogue: Catalogue }) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  const matrix = useMemo(() => standardAreaMatrix(catalogue), [catalogue]);
  return (
    <details className="card">
      <summary>
        <h2 className="inline-heading">{t('matrix.title')}</h2>
      </summary>
      <div className="table-scroll">
        <table className="matrix">
          <caption>{t('matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('standardsLabel')}</th>
              {matrix.areas.map((a) => (
                <th key={a} scope="col">
                  {localized(catalogue.areas.get(a)?.name, lang)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rows.map((row) => (
              <tr key={row.standardId}>
                <th scope="row">{standardTitleOf(catalogue.standards, row.standardId, lang)}</th>
                {row.counts.map((n, i) => (
                  <td key={matrix.areas[i]} className={n ? 'has' : 'none'}>
                    {n || ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
