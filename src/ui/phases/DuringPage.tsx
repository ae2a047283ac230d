import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../store';
import { PhaseChecklist } from '../checklist/PhaseChecklist';
import { Loading } from '../common/Loading';
import { BurdenPanel, useBurden, useBurdenFlags } from './during/BurdenPanel';
import { CoveragePanel } from './during/CoveragePanel';
import { CustomRequirementForm } from './during/CustomRequirementForm';
import { EvaluationModelForm } from './during/EvaluationModelForm';
import { RequirementList } from './during/RequirementList';
import { SuggestionsPanel } from './during/SuggestionsPanel';
import { ExportSlot } from './ExportSlot';

const DURING_EXPORTS = ['specification', 'response-form'] as const;

/** During the purchase: the specification, the evaluation model, and the documents to send. */
export default function DuringPage() {
  const { t } = useTranslation('during');
  const catalogue = useCatalogue();
  return (
    <section aria-labelledby="during-title">
      <h1 id="during-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="toolbar-actions no-print">
        <ExportSlot what={DURING_EXPORTS} />
      </div>
      {catalogue ? <DuringLoaded /> : <Loading />}
      <EvaluationModelForm />
      <PhaseChecklist phase="during" />
    </section>
  );
}

function DuringLoaded() {
  const { t } = useTranslation('during');
  const burden = useBurden();
  const flags = useBurdenFlags(burden);
  return (
    <>
      <SuggestionsPanel />
      <h2>{t('specHeading')}</h2>
      <RequirementList flags={flags} />
      <CustomRequirementForm />
      <CoveragePanel />
      <BurdenPanel report={burden} />
    </>
  );
}
