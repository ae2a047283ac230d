import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameFor, toProjectFile } from '../../domain/files/project-file';
import { nowIso, useKravkitStore, useProject } from '../../store';
import { downloadJson } from '../common/download';

/** The open project's title, undo/redo (also Ctrl+Z / Ctrl+Shift+Z) and export as a file. */
export function ProjectToolbar() {
  const { t } = useTranslation();
  const project = useProject();
  const canUndo = useKravkitStore((s) => s.past.length > 0);
  const canRedo = useKravkitStore((s) => s.future.length > 0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
      // Inside a text field the browser's own undo applies.
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      e.preventDefault();
      if (e.shiftKey) useKravkitStore.getState().redo();
      else useKravkitStore.getState().undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="project-toolbar">
      <p className="project-name">
        <span className="visually-hidden">{t('project.current')}: </span>
        {project.title}
      </p>
      <div className="toolbar-actions">
        <button type="button" onClick={() => useKravkitStore.getState().undo()} disabled={!canUndo}>
          {t('undo')}
        </button>
        <button type="button" onClick={() => useKravkitStore.getState().redo()} disabled={!canRedo}>
          {t('redo')}
        </button>
        <button type="button" onClick={() => downloadJson(toProjectFile(project, nowIso()), fileNameFor(project.title, 'kravkit.json'))}>
          {t('project.exportFile')}
        </button>
      </div>
    </div>
  );
}
