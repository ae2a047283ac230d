import { useTranslation } from 'react-i18next';
import { PhaseChecklist } from '../checklist/PhaseChecklist';
import { ContractForm } from './after/ContractForm';
import { FollowUpKpis } from './after/FollowUpKpis';
import { MeetingsList } from './after/MeetingsList';

/** After the purchase: contract management, follow-up, evaluation and exit. */
export default function AfterPage() {
  const { t } = useTranslation('after');
  return (
    <section aria-labelledby="after-title">
      <h1 id="after-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <ContractForm />
      <FollowUpKpis />
      <MeetingsList />
      <PhaseChecklist phase="after" />
    </section>
  );
}
