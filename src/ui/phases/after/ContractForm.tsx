import { useTranslation } from 'react-i18next';
import { contractDates } from '../../../domain/contract-management/dates';
import type { Language } from '../../../domain/model';
import { formatDate } from '../../../i18n';
import { useProject } from '../../../store';
import { asOptionalNumber, Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const FIELDS = ['after.supplier', 'after.contractStart', 'after.contractEnd', 'after.noticeMonths', 'after.extensionOptions', 'after.extensionMonths', 'after.exitPlan'];

export function ContractForm() {
  const { t, i18n } = useTranslation('after');
  const lang = i18n.language as Language;
  const project = useProject();
  const {
    register,
    formState: { errors },
  } = useProjectForm(FIELDS, 'contract');
  const e = (p: string) => fieldError(errors, p);
  const dates = contractDates(project.after ?? {});
  return (
    <form className="card" onSubmit={(ev) => ev.preventDefault()} aria-labelledby="contract-title" noValidate>
      <h2 id="contract-title">{t('contract.title')}</h2>
      <div className="field-row">
        <Field id="a-supplier" label={t('contract.supplier')} error={e('after.supplier')}>
          {(a) => <input {...a} {...register('after.supplier')} />}
        </Field>
        <Field id="a-start" label={t('contract.start')} error={e('after.contractStart')}>
          {(a) => <input {...a} type="date" {...register('after.contractStart')} />}
        </Field>
        <Field id="a-end" label={t('contract.end')} error={e('after.contractEnd')}>
          {(a) => <input {...a} type="date" {...register('after.contractEnd')} />}
        </Field>
      </div>
      <div className="field-row">
        <Field id="a-notice" label={t('contract.noticeMonths')} error={e('after.noticeMonths')}>
          {(a) => <input {...a} type="number" min={0} max={60} {...register('after.noticeMonths', asOptionalNumber)} />}
        </Field>
        <Field id="a-ext" label={t('contract.extensionOptions')} error={e('after.extensionOptions')}>
          {(a) => <input {...a} type="number" min={0} max={10} {...register('after.extensionOptions', asOptionalNumber)} />}
        </Field>
        <Field id="a-extm" label={t('contract.extensionMonths')} error={e('after.extensionMonths')}>
          {(a) => <input {...a} type="number" min={0} max={120} {...register('after.extensionMonths', asOptionalNumber)} />}
        </Field>
      </div>
      {dates.noticeBy && (
        <p className="notice" role="status">
          {t('contract.noticeBy', { date: formatDate(dates.noticeBy, lang) })}
          {dates.finalEnd && dates.finalEnd !== project.after?.contractEnd && ` ${t('contract.finalEnd', { date: formatDate(dates.finalEnd, lang) })}`}
        </p>
      )}
      {dates.problem && (
        <p className="field-error" role="alert">
          {t(`contract.problem.${dates.problem}`)}
        </p>
      )}
      <Field id="a-exit" label={t('contract.exitPlan')} hint={t('contract.exitPlanHint')} error={e('after.exitPlan')}>
        {(a) => <textarea {...a} {...register('after.exitPlan')} />}
      </Field>
    </form>
  );
}
