import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate } from '../../i18n';
import type { Language } from '../../domain/model';
import type { ProjectSummary } from '../../io/storage/project-repository';
import { useKravkitStore } from '../../store';

export function ProjectRow({ summary }: { summary: ProjectSummary }) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(summary.title);
  // Another tab edits this project and kept it from being renamed or deleted from here.
  const [refused, setRefused] = useState<'renameBusy' | 'deleteBusy' | null>(null);
  const store = useKravkitStore.getState;
  const lang = i18n.language as Language;

  return (
    <li className="project-row">
      {renaming ? (
        <form
          className="rename"
          onSubmit={(e) => {
            e.preventDefault();
            const next = title.trim();
            setRefused(null);
            if (next) void store().renameProject(summary.id, next.slice(0, 300)).then((r) => setRefused(r === 'busy' ? 'renameBusy' : null));
            setRenaming(false);
          }}
        >
          <label htmlFor={`rename-${summary.id}`} className="visually-hidden">
            {t('start.newName')}
          </label>
          <input id={`rename-${summary.id}`} value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
          <button type="submit">{t('save.button')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <div className="project-main">
          <Link to={`/project/${summary.id}`} className="project-title">
            {summary.title}
          </Link>
          <span className="meta">
            {summary.organisation && <>{summary.organisation} · </>}
            {t('start.requirements', { count: summary.requirementCount })} · {t('start.updated', { date: formatDate(summary.updatedAt, lang, true) })}
          </span>
        </div>
      )}
      <div className="row-actions">
        <button type="button" onClick={() => setRenaming(true)} aria-label={t('start.renameNamed', { title: summary.title })}>
          {t('start.rename')}
        </button>
        <button
          type="button"
          onClick={() => void store().duplicateProject(summary.id, t('start.copySuffix'))}
          aria-label={t('start.duplicateNamed', { title: summary.title })}
        >
          {t('start.duplicate')}
        </button>
        <button type="button" className="danger" onClick={() => {
            setRefused(null);
            void store().deleteProject(summary.id).then((r) => setRefused(r === 'busy' ? 'deleteBusy' : null));
          }} aria-label={t('start.deleteNamed', { title: summary.title })}>
          {t('start.delete')}
        </button>
      </div>
      {refused && (
        <p className="notice notice-warn row-refused" role="alert">
          {t(`start.${refused}`, { title: summary.title })}
        </p>
      )}
    </li>
  );
}
