import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { checkWeights, type WeightProblem } from '../../../domain/evaluation-model/weights';
import { useProject } from '../../../store';
import { asOptionalNumber, Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const FIELDS = ['evaluation.model', 'evaluation.priceWeight', 'evaluation.qualityWeight', 'evaluation.maxPoints', 'evaluation.priceFormula', 'evaluation.currency'];

/** How bids will be evaluated; announced in the specification and used in Evaluation. */
export function EvaluationModelForm() {
  const { t } = useTranslation('during');
  const {
    register,
    watch,
    formState: { errors },
  } = useProjectForm(FIELDS, 'evaluation-model');
  const model = watch('evaluation.model');
  const sum = Number(watch('evaluation.priceWeight') || 0) + Number(watch('evaluation.qualityWeight') || 0);
  const project = useProject();
  // The price/quality sum is shown live from the form above; the rest need the requirements.
  const problems = useMemo(() => checkWeights(project).filter((p) => p.code !== 'weights.priceQualitySum'), [project]);
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="eval-title" noValidate>
      <h2 id="eval-title">{t('evaluation.title')}</h2>
      <Field id="e-model" label={t('evaluation.model')} error={fieldError(errors, 'evaluation.model')} hint={t(`evaluation.modelHint.${model || 'price-quality'}`)}>
        {(a) => (
          <select {...a} {...register('evaluation.model')}>
            {['lowest-price', 'price-quality', 'added-value'].map((m) => (
              <option key={m} value={m}>
                {t(`evaluation.modelName.${m}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {model === 'price-quality' && (
        <>
          <div className="field-row">
            <Field id="e-pw" label={t('evaluation.priceWeight')} error={fieldError(errors, 'evaluation.priceWeight')}>
              {(a) => <input {...a} type="number" min={0} max={100} {...register('evaluation.priceWeight', asOptionalNumber)} />}
            </Field>
            <Field id="e-qw" label={t('evaluation.qualityWeight')} error={fieldError(errors, 'evaluation.qualityWeight')}>
              {(a) => <input {...a} type="number" min={0} max={100} {...register('evaluation.qualityWeight', asOptionalNumber)} />}
            </Field>
            <Field id="e-max" label={t('evaluation.maxPoints')} error={fieldError(errors, 'evaluation.maxPoints')}>
              {(a) => <input {...a} type="number" min={1} max={1000} {...register('evaluation.maxPoints', asOptionalNumber)} />}
            </Field>
          </div>
          <p className={sum === 100 ? 'hint' : 'field-error'} role="status">
            {t(sum === 100 ? 'evaluation.sumOk' : 'evaluation.sumWrong', { sum })}
          </p>
          <Field id="e-formula" label={t('evaluation.priceFormula')} error={fieldError(errors, 'evaluation.priceFormula')}>
            {(a) => (
              <select {...a} {...register('evaluation.priceFormula')}>
                <option value="lowest-over-price">{t('evaluation.formula.lowest-over-price')}</option>
                <option value="linear-deduction">{t('evaluation.formula.linear-deduction')}</option>
              </select>
            )}
          </Field>
        </>
      )}
      <Field id="e-currency" label={t('evaluation.currency')} error={fieldError(errors, 'evaluation.currency')}>
        {(a) => (
          <select {...a} {...register('evaluation.currency')}>
            {['SEK', 'DKK', 'EUR', 'NOK'].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        )}
      </Field>
      {problems.length > 0 && (
        <ul className="weight-problems" aria-label={t('evaluation.problemsLabel')}>
          {problems.map((p) => (
            <li key={p.code} className={p.code === 'weights.normalised' ? 'hint' : 'field-error'}>
              {t(`evaluation.problem.${p.code.slice('weights.'.length)}`, problemValues(p))}
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}

function problemValues(p: WeightProblem): Record<string, number> {
  if ('uids' in p) return { count: p.uids.length };
  if (p.code === 'weights.qualityWithoutShoulds') return { weight: p.qualityWeight };
  return { sum: p.sum };
}
