import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router-dom';
import { useKravkitStore } from '../../store';
import { Loading } from '../common/Loading';
import { useLoadCatalogue } from '../library/use-load-catalogue';
import { PhaseNav } from './PhaseNav';
import { ProjectToolbar } from './ProjectToolbar';
import { ReadOnlyNotice } from './ReadOnlyNotice';

/** Opens the project named in the URL, and remembers where in it the user was. */
export default function ProjectLayout() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation();
  const project = useKravkitStore((s) => (s.project?.id === projectId ? s.project : null));
  const [missing, setMissing] = useState(false);
  const readOnly = useKravkitStore((s) => s.readOnly);
  const deletedElsewhere = useKravkitStore((s) => s.deletedElsewhere === projectId);
  const tooNew = useKravkitStore((s) => (s.tooNew?.projectId === projectId ? s.tooNew : null));
  const location = useLocation();
  useLoadCatalogue();

  useEffect(() => {
    let live = true;
    setMissing(false);
    void useKravkitStore
      .getState()
      .openProject(projectId)
      .then((ok) => live && setMissing(!ok));
    return () => {
      live = false;
    };
  }, [projectId]);

  useEffect(() => {
    const route = location.pathname.slice(`/project/${projectId}`.length);
    // The bare project URL is on its way to the remembered route: recording it would overwrite that.
    if (route === '' || route === '/') return;
    const current = useKravkitStore.getState().project;
    if (current?.id === projectId && current.lastRoute !== route && route.length <= 200) {
      // Not an edit the user would undo; written with the next save.
      useKravkitStore.setState({ project: { ...current, lastRoute: route } });
    }
  }, [location.pathname, projectId]);

  if (deletedElsewhere) {
    return (
      <section>
        <h1>{t('tabs.deletedElsewhere')}</h1>
        <p>
          <Link to="/">{t('tabs.backToStart')}</Link>
        </p>
      </section>
    );
  }
  if (tooNew) {
    return (
      <section>
        <h1>{t('project.tooNewTitle')}</h1>
        <p role="alert">{t('project.tooNew', { found: tooNew.found, supported: tooNew.supported })}</p>
      </section>
    );
  }
  if (missing) {
    return (
      <section>
        <h1>{t('project.notFound')}</h1>
      </section>
    );
  }
  if (!project) return <Loading />;
  return (
    <div className="project">
      <ProjectToolbar />
      <ReadOnlyNotice />
      <PhaseNav />
      <fieldset className="project-body" disabled={readOnly}>
        <legend className="visually-hidden">{project.title}</legend>
        <Outlet />
      </fieldset>
    </div>
  );
}
