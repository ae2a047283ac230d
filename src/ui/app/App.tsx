import { lazy, Suspense, useEffect, type ReactElement } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { useKravkitStore } from '../../store';
import { Layout } from './Layout';
import { Loading } from '../common/Loading';
import { StartPage } from '../start/StartPage';
import { NotFound } from './NotFound';
import ProjectIndex from '../project/ProjectIndex';

// Everything past the start page loads on demand, so the first page stays small.
const AccessibilityStatement = lazy(() => import('../statement/AccessibilityStatement'));
const ProjectLayout = lazy(() => import('../project/ProjectLayout'));
const BeforePage = lazy(() => import('../phases/BeforePage'));
const DuringPage = lazy(() => import('../phases/DuringPage'));
const AfterPage = lazy(() => import('../phases/AfterPage'));
const ReviewPage = lazy(() => import('../phases/ReviewPage'));
const LibraryPage = lazy(() => import('../library/LibraryPage'));
const ContractCheckRoute = lazy(() => import('../features/contract-check/ContractCheckPage'));
const EvaluationRoute = lazy(() => import('../features/evaluation/EvaluationPage'));
const PoolRoute = lazy(() => import('../features/pool/PoolPage'));

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
  useEffect(() => {
    void useKravkitStore.persist.rehydrate();
    void useKravkitStore.getState().loadProjects();
  }, []);
  if (!hydrated) return <Loading />;
  return <RouterProvider router={router} />;
}
