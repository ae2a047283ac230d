import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/model';

interface Values {
  title: string;
  organisation: string;
  language: Language;
}

export function NewProjectForm({ onCreate }: { onCreate: (title: string, language: Language, organisation: string) => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { title: '', organisation: '', language: (i18n.language as Language) ?? 'sv' } });
  return (
    <form className="card new-project" onSubmit={handleSubmit((v) => onCreate(v.title.trim(), v.language, v.organisation.trim()))} noValidate>
      <h2>{t('start.newTitle')}</h2>
      <div className="field">
        <label htmlFor="np-title">{t('project.title')}</label>
        <input
          id="np-title"
          aria-invalid={errors.title ? 'true' : 'false'}
          aria-describedby={errors.title ? 'np-title-error' : undefined}
          {...register('title', { validate: (v) => v.trim().length > 0 || t('start.titleRequired'), maxLength: { value: 300, message: t('start.titleTooLong') } })}
        />
        {errors.title && (
          <p id="np-title-error" className="field-error">
            {errors.title.message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="np-org">{t('project.organisation')}</label>
        <input id="np-org" {...register('organisation', { maxLength: 500 })} />
      </div>
      <div className="field">
        <label htmlFor="np-lang">{t('project.language')}</label>
        <select id="np-lang" {...register('language')}>
          <option value="sv">{t('languages.sv')}</option>
          <option value="da">{t('languages.da')}</option>
          <option value="en">{t('languages.en')}</option>
        </select>
      </div>
      <button type="submit" className="primary" disabled={isSubmitting}>
        {t('start.create')}
      </button>
    </form>
  );
}
