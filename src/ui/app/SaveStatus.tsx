import { useTranslation } from 'react-i18next';
import { useKravkitStore } from '../../store';

/** Says when work is saved, and says clearly when it is not (full disk): the work stays in memory. */
export function SaveStatus() {
  const { t } = useTranslation();
  const problem = useKravkitStore((s) => s.saveProblem);
  const open = useKravkitStore((s) => s.project !== null);
  if (!open) return null;
  if (problem) {
    return (
      <p className="save-status save-problem" role="alert">
        {t(problem === 'quota' ? 'save.quota' : 'save.failed')}
      </p>
    );
  }
  return (
    <p className="save-status" role="status">
      {t('save.local')}
    </p>
  );
}
