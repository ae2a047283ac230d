import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { useKravkitStore } from '../../store';
import { Layout } from './Layout';
import { Loading } from '../common/Loading';
import { StartPage } from '../start/StartPage';
import { NotFound } from './NotFound';
import ProjectIndex from '../project/ProjectIndex';

/**
 * A route component loaded on demand. Once `preload` has fetched its chunk it renders at once:
 * React.lazy then gets a thenable that resolves synchronously, so no fallback is shown, and React
 * does not hold the page back the 300 ms it paces a Suspense boundary's reveal after a fallback.
 */
function lazyRoute<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  let loaded: { default: T } | undefined;
  let loading: Promise<{ default: T }> | undefined;
  const preload = () => (loading ??= load().then((m) => (loaded = m)));
  const Component = lazy(() => (loaded ? ({ then: (resolve: (m: { default: T }) => void) => resolve(loaded!) } as Promise<{ default: T }>) : preload()));
  return Object.assign(Component, { preload });
}

// Everything past the start page loads on demand, so the first page stays small.
const AccessibilityStatement = lazyRoute(() => import('../statement/AccessibilityStatement'));
const ProjectLayout = lazyRoute(() => import('../project/ProjectLayout'));
const BeforePage = lazyRoute(() => import('../phases/BeforePage'));
const DuringPage = lazyRoute(() => import('../phases/DuringPage'));
const AfterPage = lazyRoute(() => import('../phases/AfterPage'));
const ReviewPage = lazyRoute(() => import('../phases/ReviewPage'));
const LibraryPage = lazyRoute(() => import('../library/LibraryPage'));
const ContractCheckRoute = lazyRoute(() => import('../features/contract-check/ContractCheckPage'));
const EvaluationRoute = lazyRoute(() => import('../features/evaluation/EvaluationPage'));
const PoolRoute = lazyRoute(() => import('../features/pool/PoolPage'));

const PROJECT_PAGES: Record<string, { preload: () => Promise<unknown> }> = {
  before: BeforePage,
  during: DuringPage,
  after: AfterPage,
  review: ReviewPage,
  library: LibraryPage,
  contract: ContractCheckRoute,
  evaluation: EvaluationRoute,
  pool: PoolRoute,
};

/** The chunks the first URL needs, fetched while the open project is read from IndexedDB. */
function preloadFor(path: string): Promise<unknown> {
  const inProject = /^\/project\/[^/]+(?:\/([a-z]+))?\/?$/.exec(path);
  if (!inProject) return Promise.resolve();
  const page = PROJECT_PAGES[inProject[1] ?? ''];
  return Promise.all([ProjectLayout.preload(), page?.preload()]);
}

const page = (el: ReactElement) => <Suspense fallback={<Loading />}>{el}</Suspense>;

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <StartPage /> },
      { path: 'accessibility', element: page(<AccessibilityStatement />) },
      { path: 'library', element: page(<LibraryPage />) },
      {
        path: 'project/:projectId',
        element: page(<ProjectLayout />),
        children: [
          { index: true, element: <ProjectIndex /> },
          { path: 'before', element: page(<BeforePage />) },
          { path: 'during', element: page(<DuringPage />) },
          { path: 'after', element: page(<AfterPage />) },
          { path: 'review', element: page(<ReviewPage />) },
          { path: 'library', element: page(<LibraryPage />) },
          { path: 'contract', element: page(<ContractCheckRoute />) },
          { path: 'evaluation', element: page(<EvaluationRoute />) },
          { path: 'pool', element: page(<PoolRoute />) },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  const hydrated = useKravkitStore((s) => s.hydrated);
  const [preloaded, setPreloaded] = useState(false);
  useEffect(() => {
    void useKravkitStore.persist.rehydrate();
    void useKravkitStore.getState().loadProjects();
    // A chunk that fails to load is reported by its route's own lazy load; never block the app.
    void preloadFor(window.location.pathname)
      .catch(() => undefined)
      .then(() => setPreloaded(true));
  }, []);
  if (!hydrated || !preloaded) return <Loading />;
  return <RouterProvider router={router} />;
}
