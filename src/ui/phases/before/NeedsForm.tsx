import { useTranslation } from 'react-i18next';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { useCatalogue } from '../../../store';
import { Loading } from '../../common/Loading';
import { Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';
import { standardTitle } from '../../../domain/catalogue/standard-title';

const FIELDS = ['before.areas', 'before.users', 'before.standards', 'before.problem', 'before.existingSystems'] as const;
const USERS = ['pupils', 'teachers', 'guardians', 'school-leaders', 'administrators', 'support-staff'] as const;

/** The needs: which areas the purchase touches, who uses it, and what it must work with. */
export function NeedsForm() {
  const catalogue = useCatalogue();
  if (!catalogue) return <Loading />;
  return <NeedsFormLoaded />;
}

function NeedsFormLoaded() {
  const { t, i18n } = useTranslation('before');
  const lang = i18n.language as Language;
  const catalogue = useCatalogue()!;
  const {
    register,
    formState: { errors },
  } = useProjectForm(FIELDS, 'needs');
  const areas = [...catalogue.areas.values()];
  const standards = [...catalogue.standards.values()];
  const categories = [...new Set(standards.map((s) => s.category))];
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="needs-title" noValidate>
      <h2 id="needs-title">{t('needs.title')}</h2>
      <Field id="n-problem" label={t('needs.problem')} hint={t('needs.problemHint')} error={fieldError(errors, 'before.problem')}>
        {(a) => <textarea {...a} {...register('before.problem')} />}
      </Field>
      <fieldset>
        <legend>{t('needs.areas')}</legend>
        <p className="hint">{t('needs.areasHint')}</p>
        <div className="checks">
          {areas.map((area) => (
            <label key={area.id}>
              <input type="checkbox" value={area.id} disabled={area.crossCutting} defaultChecked={area.crossCutting || undefined} {...(area.crossCutting ? {} : register('before.areas'))} />
              <span>
                {localized(area.name, lang)}
                {area.crossCutting && <span className="hint"> — {t('needs.alwaysIncluded')}</span>}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('needs.users')}</legend>
        <div className="checks">
          {USERS.map((u) => (
            <label key={u}>
              <input type="checkbox" value={u} {...register('before.users')} />
              <span>{t(`users.${u}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('needs.integrations')}</legend>
        <p className="hint">{t('needs.integrationsHint')}</p>
        {categories.map((c) => (
          <div key={c}>
            <h3>{t(`standardCategory.${c}`)}</h3>
            <div className="checks">
              {standards
                .filter((s) => s.category === c)
                .map((s) => (
                  <label key={s.id}>
                    <input type="checkbox" value={s.id} {...register('before.standards')} />
                    <span>{standardTitle(s, lang)}</span>
                  </label>
                ))}
            </div>
          </div>
        ))}
      </fieldset>
      <Field id="n-existing" label={t('needs.existing')} hint={t('needs.existingHint')} error={fieldError(errors, 'before.existingSystems')}>
        {(a) => <textarea {...a} {...register('before.existingSystems')} />}
      </Field>
    </form>
  );
}
