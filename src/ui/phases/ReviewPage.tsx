import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistEntries, isSettled, reviewOrder } from '../../domain/checklist/checklist';
import { useCatalogue, useProject } from '../../store';
import { ChecklistItemRow } from '../checklist/ChecklistItemRow';
import { Loading } from '../common/Loading';
import { ExportSlot } from './ExportSlot';

/** The school leader's review: every checklist item of all phases, open items first. */
export default function ReviewPage() {
  const { t } = useTranslation('review');
  const project = useProject();
  const catalogue = useCatalogue();
  const [onlyOpen, setOnlyOpen] = useState(false);
  if (!catalogue) return <Loading />;
  const all = reviewOrder(checklistEntries(project, catalogue));
  const open = all.filter((e) => !isSettled(e.state));
  const shown = onlyOpen ? open : all;
  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <p role="status">{t('summary', { open: open.length, total: all.length, signed: all.filter((e) => e.state.signedOff).length })}</p>
      <div className="toolbar-actions no-print">
        <label>
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} /> {t('onlyOpen')}
        </label>
        <button type="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <ExportSlot what="checklists" />
      </div>
      <ul className="checklist review-list">
        {shown.map((e) => (
          <ChecklistItemRow key={e.id} entry={e} showPhase />
        ))}
      </ul>
    </section>
  );
}
