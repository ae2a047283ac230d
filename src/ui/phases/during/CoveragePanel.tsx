import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { coverageWarnings, specCoverage } from '../../../domain/coverage/coverage';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { useCatalogue } from '../../../store';
import { Loading } from '../../common/Loading';
import { useAnalysedProject } from './use-settled';
import { standardTitleOf } from '../../../domain/catalogue/standard-title';

/** Which areas and standards the specification covers, and the gaps buyers regret later. */
export function CoveragePanel() {
  const { t, i18n } = useTranslation('during');
  const lang = i18n.language as Language;
  const project = useAnalysedProject();
  const catalogue = useCatalogue()!;
  const coverage = useMemo(() => (project ? specCoverage(project, catalogue) : null), [project, catalogue]);
  const warnings = useMemo(() => (project ? coverageWarnings(project, catalogue) : null), [project, catalogue]);
  if (!coverage || !warnings) {
    return (
      <section className="card" aria-labelledby="coverage-title">
        <h2 id="coverage-title">{t('coverage.title')}</h2>
        <Loading />
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="coverage-title">
      <h2 id="coverage-title">{t('coverage.title')}</h2>
      {warnings.length === 0 ? (
        <p className="notice">{t('coverage.noWarnings')}</p>
      ) : (
        <ul className="warnings">
          {warnings.map((w, i) => (
            <li key={i} className="notice notice-warn">
              {t(`coverage.warning.${w.code.slice(9)}`, {
                count: 'uids' in w ? w.uids.length : 0,
                standard: 'standardId' in w ? standardTitleOf(catalogue.standards, w.standardId, lang) : '',
              })}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('coverage.details')}</summary>
        <div className="field-row">
          <table>
            <caption>{t('coverage.areas')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.area')}</th>
                <th scope="col">{t('coverage.requirements')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.areas
                .filter((a) => a.chosen || a.count > 0 || a.crossCutting)
                .map((a) => (
                  <tr key={a.areaId}>
                    <th scope="row">{localized(catalogue.areas.get(a.areaId)?.name, lang) || a.areaId}</th>
                    <td className={a.count === 0 ? 'field-error' : undefined}>{a.count}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <table>
            <caption>{t('coverage.standards')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.standard')}</th>
                <th scope="col">{t('coverage.requirements')}</th>
              </tr>
            </thead>
            <tbody>
              {coverage.standards.map((s) => (
                <tr key={s.standardId}>
                  <th scope="row">{standardTitleOf(catalogue.standards, s.standardId, lang)}</th>
                  <td className={s.count === 0 ? 'field-error' : undefined}>{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
