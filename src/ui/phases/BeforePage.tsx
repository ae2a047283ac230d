import { useTranslation } from 'react-i18next';
import { PhaseChecklist } from '../checklist/PhaseChecklist';
import { ProjectFactsForm } from './before/ProjectFactsForm';
import { NeedsForm } from './before/NeedsForm';
import { OrganisationForm } from './before/OrganisationForm';
import { ClassificationForm } from './before/ClassificationForm';
import { ProcedureForm } from './before/ProcedureForm';

/** Before the purchase: what the team decides here shapes the suggested specification. */
export default function BeforePage() {
  const { t } = useTranslation('before');
  return (
    <section aria-labelledby="before-title">
      <h1 id="before-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ProjectFactsForm />
      <NeedsForm />
      <OrganisationForm />
      <ClassificationForm />
      <ProcedureForm />
      <PhaseChecklist phase="before" />
    </section>
  );
}
