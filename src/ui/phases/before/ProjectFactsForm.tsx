import { useTranslation } from 'react-i18next';
import { asOptionalNumber, Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const FIELDS = [
  'title',
  'organisation',
  'reference',
  'language',
  'country',
  'before.pupils',
  'before.schools',
  'before.budget.amount',
  'before.budget.currency',
  'before.contractYears',
  'before.timeline.tenderPublished',
  'before.timeline.awardDecision',
  'before.timeline.contractStart',
  'before.timeline.goLive',
] as const;

export function ProjectFactsForm() {
  const { t } = useTranslation('before');
  const {
    register,
    formState: { errors },
  } = useProjectForm(FIELDS, 'facts');
  const e = (p: string) => fieldError(errors, p);
  return (
    <form className="card" onSubmit={(ev) => ev.preventDefault()} aria-labelledby="facts-title" noValidate>
      <h2 id="facts-title">{t('facts.title')}</h2>
      <div className="field-row">
        <Field id="f-title" label={t('common:project.title')} error={e('title')}>
          {(a) => <input {...a} {...register('title')} />}
        </Field>
        <Field id="f-org" label={t('common:project.organisation')} error={e('organisation')}>
          {(a) => <input {...a} {...register('organisation')} />}
        </Field>
        <Field id="f-ref" label={t('common:project.reference')} error={e('reference')}>
          {(a) => <input {...a} {...register('reference')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field id="f-lang" label={t('common:project.language')} error={e('language')} hint={t('facts.languageHint')}>
          {(a) => (
            <select {...a} {...register('language')}>
              <option value="sv">{t('common:languages.sv')}</option>
              <option value="da">{t('common:languages.da')}</option>
              <option value="en">{t('common:languages.en')}</option>
            </select>
          )}
        </Field>
        <Field id="f-country" label={t('facts.country')} error={e('country')}>
          {(a) => (
            <select {...a} {...register('country')}>
              <option value="se">{t('country.se')}</option>
              <option value="dk">{t('country.dk')}</option>
              <option value="other">{t('country.other')}</option>
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">
        <Field id="f-pupils" label={t('facts.pupils')} error={e('before.pupils')}>
          {(a) => <input {...a} type="number" min={0} inputMode="numeric" {...register('before.pupils', asOptionalNumber)} />}
        </Field>
        <Field id="f-schools" label={t('facts.schools')} error={e('before.schools')}>
          {(a) => <input {...a} type="number" min={0} inputMode="numeric" {...register('before.schools', asOptionalNumber)} />}
        </Field>
        <Field id="f-budget" label={t('facts.budget')} error={e('before.budget.amount') ?? e('before.budget')} hint={t('facts.budgetHint')}>
          {(a) => <input {...a} type="number" min={0} inputMode="decimal" {...register('before.budget.amount', asOptionalNumber)} />}
        </Field>
        <Field id="f-currency" label={t('facts.currency')} error={e('before.budget.currency')}>
          {(a) => (
            <select {...a} {...register('before.budget.currency')}>
              <option value="">—</option>
              {['SEK', 'DKK', 'EUR', 'NOK'].map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="f-years" label={t('facts.contractYears')} error={e('before.contractYears')}>
          {(a) => <input {...a} type="number" min={0} max={20} step={0.5} {...register('before.contractYears', asOptionalNumber)} />}
        </Field>
      </div>
      <fieldset>
        <legend>{t('facts.timeline')}</legend>
        <div className="field-row">
          {(['tenderPublished', 'awardDecision', 'contractStart', 'goLive'] as const).map((k) => (
            <Field key={k} id={`f-${k}`} label={t(`facts.${k}`)} error={e(`before.timeline.${k}`)}>
              {(a) => <input {...a} type="date" {...register(`before.timeline.${k}`)} />}
            </Field>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
