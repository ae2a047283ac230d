import { useTranslation } from 'react-i18next';
import { kpisFrom } from '../../../domain/contract-management/kpis';
import type { Language } from '../../../domain/model';
import { useCatalogue, useProject } from '../../../store';
import { Loading } from '../../common/Loading';

/** The figures to follow up, taken from the chosen requirements' parameters. */
export function FollowUpKpis() {
  const { t, i18n } = useTranslation('after');
  const project = useProject();
  const catalogue = useCatalogue();
  if (!catalogue) return <Loading />;
  const kpis = kpisFrom(project, catalogue, i18n.language as Language);
  return (
    <section className="card" aria-labelledby="kpi-title">
      <h2 id="kpi-title">{t('kpis.title')}</h2>
      {kpis.length === 0 ? (
        <p className="empty">{t('kpis.empty')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('kpis.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('kpis.requirement')}</th>
              <th scope="col">{t('kpis.measure')}</th>
              <th scope="col">{t('kpis.target')}</th>
            </tr>
          </thead>
          <tbody>
            {kpis.map((k) => (
              <tr key={`${k.uid}-${k.measure}`}>
                <td>
                  <strong>{k.title}</strong>
                  <br />
                  <span className="hint">{k.text}</span>
                </td>
                <td>{k.measure}</td>
                <td>
                  {k.value}
                  {k.unit ? ` ${t(`unit.${k.unit}`)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
