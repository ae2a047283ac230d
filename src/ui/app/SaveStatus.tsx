import { useTranslation } from 'react-i18next';
import { fileNameFor, toProjectFile } from '../../domain/files/project-file';
import { nowIso, useKravkitStore } from '../../store';
import { downloadJson } from '../common/download';

/**
 * Says when work is saved, and says clearly when it is not (a full disk): the work stays in memory
 * and can be exported as a file at once.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const problem = useKravkitStore((s) => s.saveProblem);
  const project = useKravkitStore((s) => s.project);
  const saving = useKravkitStore((s) => s.saving);
  if (!project) return null;
  if (problem) {
    return (
      <div className="save-status save-problem" role="alert">
        <p>{t(problem === 'quota' ? 'save.quota' : 'save.failed')}</p>
        <button type="button" onClick={() => downloadJson(toProjectFile(project, nowIso()), fileNameFor(project.title, 'kravkit.json'))}>
          {t('save.exportNow')}
        </button>
      </div>
    );
  }
  return (
    // Not announced: "saving… saved" after every edit would drown a screen reader; problems are alerts.
    <p className="save-status" role="status" aria-live="off">
      {t(saving ? 'save.saving' : 'save.local')}
    </p>
  );
}
