import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { addCustom } from '../../../domain/project/requirements';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { newId, useCatalogue, useUpdateProject } from '../../../store';

interface Values {
  title: string;
  text: string;
  verification: string;
  kind: 'must' | 'should';
  area: string;
  checkedAt: 'evaluation' | 'contract' | 'both';
}

/** The team's own requirement, for needs no template covers. */
export function CustomRequirementForm() {
  const { t, i18n } = useTranslation('during');
  const lang = i18n.language as Language;
  const catalogue = useCatalogue()!;
  const update = useUpdateProject();
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { title: '', text: '', verification: '', kind: 'must', area: '', checkedAt: 'both' } });
  const submit = handleSubmit((v) => {
    update((p) =>
      addCustom(
        p,
        { title: v.title.trim(), text: v.text.trim(), verification: v.verification.trim() || undefined, area: v.area || undefined, checkedAt: v.checkedAt },
        newId(),
        v.kind,
      ),
    );
    reset();
  });
  return (
    <details className="card">
      <summary>{t('customForm.title')}</summary>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="cr-title">{t('customForm.name')}</label>
          <input id="cr-title" aria-invalid={errors.title ? 'true' : 'false'} aria-describedby={errors.title ? 'cr-title-error' : undefined} {...register('title', { validate: (v) => v.trim().length > 0 || t('customForm.required'), maxLength: 300 })} />
          {errors.title && (
            <p id="cr-title-error" className="field-error">
              {errors.title.message}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="cr-text">{t('customForm.text')}</label>
          <textarea id="cr-text" aria-invalid={errors.text ? 'true' : 'false'} aria-describedby={errors.text ? 'cr-text-error' : undefined} {...register('text', { validate: (v) => v.trim().length > 0 || t('customForm.required'), maxLength: 20000 })} />
          {errors.text && (
            <p id="cr-text-error" className="field-error">
              {errors.text.message}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="cr-verif">{t('customForm.verification')}</label>
          <textarea id="cr-verif" {...register('verification', { maxLength: 20000 })} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="cr-kind">{t('kindLabel')}</label>
            <select id="cr-kind" {...register('kind')}>
              <option value="must">{t('kind.must')}</option>
              <option value="should">{t('kind.should')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="cr-area">{t('customForm.area')}</label>
            <select id="cr-area" {...register('area')}>
              <option value="">—</option>
              {[...catalogue.areas.values()].map((a) => (
                <option key={a.id} value={a.id}>
                  {localized(a.name, lang)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="cr-checked">{t('customForm.checkedAt')}</label>
            <select id="cr-checked" {...register('checkedAt')}>
              {(['evaluation', 'contract', 'both'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`library:checkedAt.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit">{t('customForm.add')}</button>
      </form>
    </details>
  );
}
