import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const LEVELS = ['confidentiality', 'integrity', 'availability'] as const;
const FIELDS = [
  ...LEVELS.map((l) => `before.classification.${l}`),
  'before.classification.personalData',
  'before.classification.sensitiveData',
  'before.classification.dpiaNeeded',
];
const asLevel = { setValueAs: (v: unknown) => Number(v) };

/** Information-security classification: the answers drive the suggested requirements. */
export function ClassificationForm() {
  const { t } = useTranslation('before');
  const {
    register,
    watch,
    formState: { errors },
  } = useProjectForm(FIELDS, 'classification');
  const anyFour = LEVELS.some((l) => Number(watch(`before.classification.${l}`)) === 4);
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="class-title" noValidate>
      <h2 id="class-title">{t('classification.title')}</h2>
      <p className="hint">{t('classification.hint')}</p>
      <div className="field-row">
        {LEVELS.map((l) => (
          <Field key={l} id={`c-${l}`} label={t(`classification.${l}`)} error={fieldError(errors, `before.classification.${l}`)}>
            {(a) => (
              <select {...a} {...register(`before.classification.${l}`, asLevel)}>
                {[0, 1, 2, 3, 4].map((n) => (
                  <option key={n} value={n}>
                    {t(`classification.level.${n}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      {anyFour && (
        <p className="notice notice-warn" role="status">
          {t('classification.levelFour')}
        </p>
      )}
      <div className="checks">
        <label>
          <input type="checkbox" {...register('before.classification.personalData')} />
          <span>{t('classification.personalData')}</span>
        </label>
        <label>
          <input type="checkbox" {...register('before.classification.sensitiveData')} />
          <span>{t('classification.sensitiveData')}</span>
        </label>
        <label>
          <input type="checkbox" {...register('before.classification.dpiaNeeded')} />
          <span>{t('classification.dpiaNeeded')}</span>
        </label>
      </div>
    </form>
  );
}
