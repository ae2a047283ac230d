import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Language } from '../../domain/model';
import { useKravkitStore } from '../../store';
import { KravkitFileImport } from '../common/KravkitFileImport';
import { NewProjectForm } from './NewProjectForm';
import { ProjectRow } from './ProjectRow';
import { BackupPanel } from './BackupPanel';

export function StartPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const projects = useKravkitStore((s) => s.projects);
  const recentlyDeleted = useKravkitStore((s) => s.recentlyDeleted);

  const create = async (title: string, language: Language, organisation: string) => {
    const id = await useKravkitStore.getState().createProject({ title, language, organisation });
    navigate(`/project/${id}/before`);
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
      <KravkitFileImport
        kind="kravkit.project"
        label={t('start.importLabel')}
        onRead={async ({ project }) => {
          await useKravkitStore.getState().addImportedProject(project);
          return { message: t('files:imported', { title: project.title }) };
        }}
      />
      <BackupPanel />
    </section>
  );
}
