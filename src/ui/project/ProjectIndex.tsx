import { Navigate } from 'react-router-dom';
import { useProject } from '../../store';

const KNOWN = /^\/(before|during|after|review|library|contract|evaluation|pool)$/;

/** Opening a project returns the user to where they were. */
export default function ProjectIndex() {
  const project = useProject();
  const to = project.lastRoute && KNOWN.test(project.lastRoute) ? project.lastRoute.slice(1) : 'before';
  return <Navigate to={to} replace />;
}
