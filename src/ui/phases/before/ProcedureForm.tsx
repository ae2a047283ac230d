import { useTranslation } from 'react-i18next';
import rulesData from '../../../../templates/procurement-rules.json';
import { isExpired, procedureGuidance, thresholdsFor, type ProcurementRules, type Threshold } from '../../../domain/procedure/procedure';
import type { Language } from '../../../domain/model';
import { formatDate, formatNumber } from '../../../i18n';
import { useProject } from '../../../store';
import { asOptionalNumber, Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const rules = rulesData as unknown as ProcurementRules;
const FIELDS = ['before.estimatedValue.amount', 'before.estimatedValue.currency', 'before.procedure'];
const PROCEDURES = ['direct-award', 'framework-call-off', 'framework-mini-competition', 'simplified', 'open', 'restricted', 'negotiated', 'competitive-dialogue'] as const;

/** Choice of procedure, with the thresholds that apply shown with their date and source. */
export function ProcedureForm() {
  const { t, i18n } = useTranslation('before');
  const lang = i18n.language as Language;
  const project = useProject();
  const {
    register,
    formState: { errors },
  } = useProjectForm(FIELDS, 'procedure');
  const today = new Date().toISOString().slice(0, 10);
  const guidance = procedureGuidance(rules, project.country, project.before.estimatedValue, today);
  const validity = (th: Threshold) =>
    th.validTo
      ? t('procedure.validBetween', { from: formatDate(th.validFrom, lang), to: formatDate(th.validTo, lang) })
      : t('procedure.validFrom', { date: formatDate(th.validFrom, lang) });
  const money = (amount: number, currency: string) => formatNumber(amount, lang, { style: 'currency', currency, maximumFractionDigits: 0 });
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="proc-title" noValidate>
      <h2 id="proc-title">{t('procedure.title')}</h2>
      <div className="field-row">
        <Field id="p-value" label={t('procedure.estimatedValue')} hint={t('procedure.estimatedValueHint')} error={fieldError(errors, 'before.estimatedValue.amount')}>
          {(a) => <input {...a} type="number" min={0} {...register('before.estimatedValue.amount', asOptionalNumber)} />}
        </Field>
        <Field id="p-currency" label={t('facts.currency')} error={fieldError(errors, 'before.estimatedValue.currency')}>
          {(a) => (
            <select {...a} {...register('before.estimatedValue.currency')}>
              <option value="">—</option>
              {['SEK', 'DKK', 'EUR', 'NOK'].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <h3>{t('procedure.thresholds')}</h3>
      <ul>
        {thresholdsFor(rules, project.country).map((th) => (
          <li key={th.id}>
            {t(`procedure.thresholdKind.${th.appliesTo}`)}: <strong>{money(th.amount, th.currency)}</strong> ({validity(th)}, {th.source})
            {isExpired(th, today) && <strong className="badge-warn"> {t('procedure.expired')}</strong>}
          </li>
        ))}
      </ul>
      <p role="status">
        {guidance.aboveThreshold === undefined
          ? t('procedure.unknownValue')
          : guidance.aboveThreshold
            ? t('procedure.above', { threshold: money(guidance.threshold.amount, guidance.threshold.currency) })
            : t('procedure.below', { threshold: money(guidance.threshold.amount, guidance.threshold.currency) })}
        {guidance.withinDirectAward === false && ` ${t('procedure.noDirectAward')}`}
        {guidance.aboveThreshold !== undefined && guidance.thresholdExpired && ` ${t('procedure.comparedWithExpired', { date: formatDate(guidance.threshold.validTo!, lang) })}`}
      </p>
      <Field id="p-procedure" label={t('procedure.choose')} error={fieldError(errors, 'before.procedure')}>
        {(a) => (
          <select {...a} {...register('before.procedure')}>
            <option value="">—</option>
            {PROCEDURES.map((p) => (
              <option key={p} value={p}>
                {t(`procedure.name.${p}`)}
                {guidance.suitable.includes(p) ? '' : ` (${t('procedure.notSuitable')})`}
              </option>
            ))}
          </select>
        )}
      </Field>
      <details>
        <summary>{t('procedure.guideTitle')}</summary>
        <ul>
          {PROCEDURES.map((p) => (
            <li key={p}>
              <strong>{t(`procedure.name.${p}`)}</strong>: {t(`procedure.guide.${p}`)}
            </li>
          ))}
        </ul>
      </details>
    </form>
  );
}
