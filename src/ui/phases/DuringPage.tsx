import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../store';
import { PhaseChecklist } from '../checklist/PhaseChecklist';
import { Loading } from '../common/Loading';
import { EvaluationModelForm } from './during/EvaluationModelForm';
import { SpecificationList } from './during/SpecificationList';
import { ExportSlot } from './ExportSlot';

/** During the purchase: the specification, the evaluation model, and the documents to send. */
export default function DuringPage() {
  const { t } = useTranslation('during');
  const catalogue = useCatalogue();
  return (
    <section aria-labelledby="during-title">
      <h1 id="during-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="toolbar-actions no-print">
        <ExportSlot what="specification" />
      </div>
      {catalogue ? <SpecificationList /> : <Loading />}
      <EvaluationModelForm />
      <PhaseChecklist phase="during" />
    </section>
  );
}
