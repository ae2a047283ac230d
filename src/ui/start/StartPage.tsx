import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { FileError } from '../../domain/files/envelope';
import type { Language } from '../../domain/model';
import { useKravkitStore } from '../../store';
import { FileErrorMessage } from '../common/FileErrorMessage';
import { readTextFile } from '../common/read-text-file';
import { NewProjectForm } from './NewProjectForm';
import { ProjectRow } from './ProjectRow';
import { BackupPanel } from './BackupPanel';

export function StartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const projects = useKravkitStore((s) => s.projects);
  const recentlyDeleted = useKravkitStore((s) => s.recentlyDeleted);
  const [importError, setImportError] = useState<{ error: FileError; name: string } | null>(null);
  const [importMessage, setImportMessage] = useState<string | null>(null);

  const create = async (title: string, language: Language, organisation: string) => {
    const id = await useKravkitStore.getState().createProject({ title, language, organisation });
    navigate(`/project/${id}/before`);
  };

  const importFile = async (file: File) => {
    setImportError(null);
    setImportMessage(null);
    const read = await readTextFile(file);
    if (!read.ok) {
      setImportError({ error: { code: 'file.tooLarge', limitBytes: read.limitBytes }, name: file.name });
      return;
    }
    // The validators are large; load them only when a file is imported.
    const { readFileOfKind } = await import('../../io/files/read-file');
    const result = readFileOfKind(read.text, 'kravkit.project');
    if (!result.ok) {
      setImportError({ error: result.error, name: file.name });
      return;
    }
    await useKravkitStore.getState().addImportedProject(result.value.project);
    setImportMessage(t('files:imported', { title: result.value.project.title }));
  };

  return (
    <section className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.intro')}</p>

      <NewProjectForm onCreate={create} />

      <h2>{t('start.projects')}</h2>
      {recentlyDeleted && (
        <div className="notice" role="status">
          {t('start.deleted', { title: recentlyDeleted.project.title })}{' '}
          <button type="button" onClick={() => void useKravkitStore.getState().undoDelete()}>
            {t('undo')}
          </button>
        </div>
      )}
      {projects.length === 0 ? (
        <p className="empty">{t('start.noProjects')}</p>
      ) : (
        <ul className="project-list" aria-label={t('start.projects')}>
          {projects.map((p) => (
            <ProjectRow key={p.id} summary={p} />
          ))}
        </ul>
      )}

      <h2>{t('start.importTitle')}</h2>
      <p>{t('start.importHelp')}</p>
      <label className="file-input">
        <span>{t('start.importLabel')}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      {importError && <FileErrorMessage error={importError.error} fileName={importError.name} />}
      {importMessage && (
        <p className="notice" role="status">
          {importMessage}
        </p>
      )}
      <BackupPanel />
    </section>
  );
}
