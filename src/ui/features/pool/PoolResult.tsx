import { useTranslation } from 'react-i18next';
import type { LicenceComparison } from '../../../domain/pool/compare';
import type { PoolDistribution } from '../../../domain/pool/distribute';
import type { Language } from '../../../domain/model';
import { formatNumber } from '../../../i18n';

/** Payouts per supplier with a bar chart of shares, per supplier and period, and the licence comparison. */
export function PoolResult({ distribution: d, licences, currency, lang }: { distribution: PoolDistribution; licences: readonly LicenceComparison[]; currency: string; lang: Language }) {
  const { t } = useTranslation('pool');
  const money = (minor: number) => formatNumber(minor / 100, lang, { style: 'currency', currency });
  const pct = (x: number) => formatNumber(x, lang, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <section className="card" aria-labelledby="pool-result">
      <h2 id="pool-result">{t('result.heading')}</h2>
      <p>{t('result.summary', { pool: money(d.poolMinor), periods: d.periods.length, fee: money(d.feeMinor), paid: money(d.paidMinor) })}</p>
      {d.unallocatedMinor > 0 && <p className="notice notice-warn">{t('result.unallocated', { amount: money(d.unallocatedMinor) })}</p>}
      {d.problems.length > 0 && (
        <ul>
          {d.problems.map((p, i) => (
            <li key={i}>{t(`problem.${p.code}`, { ...p, amount: 'unallocatedMinor' in p ? money(p.unallocatedMinor) : '' })}</li>
          ))}
        </ul>
      )}
      <table aria-label={t('result.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('result.supplier')}</th>
            <th scope="col">{t('result.payout')}</th>
            <th scope="col">{t('result.share')}</th>
          </tr>
        </thead>
        <tbody>
          {d.totals.map((s) => (
            <tr key={s.supplier}>
              <th scope="row">{s.supplier}</th>
              <td>{money(s.minor)}</td>
              <td>{pct(s.share)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('result.total')}</th>
            <td>{money(d.paidMinor)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="hint">{t('result.exact')}</p>
      <figure>
        <figcaption>{t('result.chart')}</figcaption>
        <ul className="pool-chart">
          {d.totals.map((s) => (
            <li key={s.supplier}>
              <span>{s.supplier}</span>
              <span className="pool-bar" aria-hidden="true" style={{ display: 'inline-block', width: `${Math.max(0.5, s.share * 100)}%`, background: '#2f5496', height: '0.8em' }} />
              <span> {pct(s.share)}</span>
            </li>
          ))}
        </ul>
      </figure>
      <details>
        <summary>{t('result.perPeriod')}</summary>
        <table aria-label={t('result.perPeriod')}>
          <thead>
            <tr>
              <th scope="col">{t('result.supplier')}</th>
              {d.periods.map((p) => (
                <th scope="col" key={p.period}>
                  {p.period}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.suppliers.map((s, i) => (
              <tr key={s}>
                <th scope="row">{s}</th>
                {d.periods.map((p) => {
                  const x = p.suppliers[i];
                  return (
                    <td key={p.period}>
                      {money(x.minor)}
                      {x.atCap ? ` (${t('result.atCap')})` : x.atMinimum ? ` (${t('result.atMinimum')})` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <h3>{t('licence.heading')}</h3>
      <p className="hint">{t('licence.intro')}</p>
      <table aria-label={t('licence.heading')}>
        <thead>
          <tr>
            <th scope="col">{t('result.supplier')}</th>
            <th scope="col">{t('result.payout')}</th>
            <th scope="col">{t('licence.licenceCost')}</th>
            <th scope="col">{t('licence.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {licences.map((l) => (
            <tr key={l.supplier}>
              <th scope="row">
                {l.supplier}
                {l.rowsWithoutPrice > 0 && <span className="hint"> ({t('licence.unpriced', { count: l.rowsWithoutPrice })})</span>}
              </th>
              <td>{money(l.payoutMinor)}</td>
              <td>{l.licenceMinor === null ? t('licence.noPrice') : money(l.licenceMinor)}</td>
              <td>{l.licenceMinor === null ? '' : money(l.payoutMinor - l.licenceMinor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
