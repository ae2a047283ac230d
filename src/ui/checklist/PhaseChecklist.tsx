import { useTranslation } from 'react-i18next';
import { checklistEntries } from '../../domain/checklist/checklist';
import type { Phase } from '../../domain/model';
import { useCatalogue, useProject } from '../../store';
import { Loading } from '../common/Loading';
import { ChecklistItemRow } from './ChecklistItemRow';

export function PhaseChecklist({ phase }: { phase: Phase }) {
  const { t } = useTranslation('checklist');
  const project = useProject();
  const catalogue = useCatalogue();
  if (!catalogue) return <Loading />;
  const entries = checklistEntries(project, catalogue, phase);
  return (
    <section aria-labelledby={`checklist-${phase}`}>
      <h2 id={`checklist-${phase}`}>{t('title', { phase: t(`common:phase.${phase}`) })}</h2>
      {entries.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ul className="checklist">
          {entries.map((e) => (
            <ChecklistItemRow key={e.id} entry={e} />
          ))}
        </ul>
      )}
    </section>
  );
}
