import { useTranslation } from 'react-i18next';
import type { EvaluationResult } from '../../../domain/evaluation/evaluate';
import type { SensitivityCase } from '../../../domain/evaluation/sensitivity';
import { formatNumber } from '../../../i18n';
import type { Language } from '../../../domain/model';

/** The ranking with each step's numbers, ties marked, the excluded bids with their reasons, and the sensitivity. */
export function EvaluationResultView({
  result,
  sensitivity,
  flips,
  lang,
}: {
  result: EvaluationResult;
  sensitivity: readonly SensitivityCase[];
  flips: readonly { from: number; to: number; bidIds: string[] }[];
  lang: Language;
}) {
  const { t } = useTranslation('evaluation');
  const s = result.settings;
  const two = (x: number) => formatNumber(x, lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const money = (x: number) => `${two(x)} ${s.currency}`;
  const qualified = result.outcomes.filter((o) => !o.exclusion);
  const excluded = result.outcomes.filter((o) => o.exclusion);
  const supplierOf = new Map(result.outcomes.map((o) => [o.bid.id, o.bid.supplier]));
  const tiedRanks = [...new Set(qualified.filter((o) => o.tied).map((o) => o.rank))];

  return (
    <>
      <section className="card" aria-labelledby="evaluation-result">
        <h2 id="evaluation-result">{t('result.heading')}</h2>
        {result.lowestPrice !== null && s.model === 'price-quality' && <p>{t('result.lowestQualified', { price: money(result.lowestPrice) })}</p>}
        {qualified.length === 0 ? (
          <p>{t('result.noQualified')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('result.rank')}</th>
                <th scope="col">{t('result.supplier')}</th>
                <th scope="col">{t('result.price')}</th>
                {s.model === 'price-quality' && (
                  <>
                    <th scope="col">{t('result.pricePoints')}</th>
                    <th scope="col">{t('result.quality')}</th>
                    <th scope="col">{t('result.total')}</th>
                  </>
                )}
                {s.model === 'added-value' && (
                  <>
                    <th scope="col">{t('result.deductions')}</th>
                    <th scope="col">{t('result.comparisonPrice')}</th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {qualified.map((o) => (
                <tr key={o.bid.id}>
                  <td>
                    {o.rank}
                    {o.tied && <span className="badge badge-warn"> {t('result.tied')}</span>}
                  </td>
                  <th scope="row">{o.bid.supplier}</th>
                  <td>{money(o.bid.price)}</td>
                  {s.model === 'price-quality' && (
                    <>
                      <td>{two(o.pricePoints!.points)}</td>
                      <td>
                        {two(o.quality!.score)}
                        <span className="hint">
                          {' '}
                          ({formatNumber(o.quality!.weightedSum, lang)} ÷ {formatNumber(o.quality!.weightSum, lang)})
                        </span>
                      </td>
                      <td>{two(o.total!)}</td>
                    </>
                  )}
                  {s.model === 'added-value' && (
                    <>
                      <td>{(o.deductions ?? []).map((d) => `${d.number}: −${two(d.value)}`).join(', ') || '–'}</td>
                      <td>{money(o.comparisonPrice!)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {tiedRanks.map((rank) => (
          <p key={rank} className="notice notice-warn" role="note">
            {t('result.tieNote', { rank, suppliers: qualified.filter((o) => o.rank === rank).map((o) => o.bid.supplier).join(', ') })}
          </p>
        ))}
        {excluded.length > 0 && (
          <>
            <h3>{t('result.excludedHeading')}</h3>
            <ul>
              {excluded.map((o) => (
                <li key={o.bid.id}>
                  <strong>{o.bid.supplier}</strong>:{' '}
                  {o.exclusion!.code === 'currency'
                    ? t('exclusion.currency', o.exclusion!)
                    : t('exclusion.must-not-fulfilled', { requirements: o.exclusion!.requirements.map((r) => `${r.number} ${r.title} (${t(`answer.${r.answer}`)})`).join('; ') })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="evaluation-sensitivity">
        <h2 id="evaluation-sensitivity">{t('sensitivity.heading')}</h2>
        {s.model === 'lowest-price' ? (
          <p>{t('sensitivity.none')}</p>
        ) : (
          <>
            <p>{t('sensitivity.intro')}</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('sensitivity.parameter')}</th>
                  <th scope="col">{t('sensitivity.from')}</th>
                  <th scope="col">{t('sensitivity.to')}</th>
                  <th scope="col">{t('sensitivity.ranking')}</th>
                  <th scope="col">{t('sensitivity.winner')}</th>
                </tr>
              </thead>
              <tbody>
                {sensitivity.map((c, i) => (
                  <tr key={i}>
                    <th scope="row">{c.parameter.kind === 'price-share' ? t('sensitivity.price-share') : t(`sensitivity.${c.parameter.kind}`, { number: c.parameter.number })}</th>
                    <td>{formatNumber(c.from, lang)}</td>
                    <td>{formatNumber(c.to, lang)}</td>
                    <td>{c.ranking.map((r) => `${r.rank}. ${supplierOf.get(r.bidId)}`).join(', ')}</td>
                    <td>{c.winnerChanged ? <strong>{t('sensitivity.changed')}</strong> : t('sensitivity.same')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {flips.length > 0 && (
              <>
                <h3>{t('sensitivity.flips')}</h3>
                <ul>
                  {flips.map((f) => (
                    <li key={f.from}>{t('sensitivity.range', { from: f.from, to: f.to, suppliers: f.bidIds.map((id) => supplierOf.get(id)).join(', ') })}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </section>
    </>
  );
}
