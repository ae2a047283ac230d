import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/Field';
import { fieldError } from '../../forms/field-error';
import { useProjectForm } from '../../forms/use-project-form';

const ROLES = ['owner', 'itPedagogue', 'procurementOfficer', 'dataProtectionOfficer', 'schoolLeader', 'maintainer'] as const;
const FIELDS = ROLES.map((r) => `before.roles.${r}`);

/** Named roles, so the purchase outlives any one person. */
export function OrganisationForm() {
  const { t } = useTranslation('before');
  const {
    register,
    formState: { errors },
  } = useProjectForm(FIELDS, 'organisation');
  return (
    <form className="card" onSubmit={(e) => e.preventDefault()} aria-labelledby="org-title" noValidate>
      <h2 id="org-title">{t('organisation.title')}</h2>
      <p className="hint">{t('organisation.hint')}</p>
      <div className="field-row">
        {ROLES.map((r) => (
          <Field key={r} id={`o-${r}`} label={t(`organisation.${r}`)} error={fieldError(errors, `before.roles.${r}`)}>
            {(a) => <input {...a} autoComplete="name" {...register(`before.roles.${r}`)} />}
          </Field>
        ))}
      </div>
    </form>
  );
}
