import type { Catalogue } from '../domain/catalogue/catalogue';
import type { Project } from '../domain/model';
import { useKravkitStore } from './project-store';

export { useKravkitStore } from './project-store';
export { newId, nowIso } from './ids';

/** The open project. Only for components under a project route, which render once it is loaded. */
export function useProject(): Project {
  const project = useKravkitStore((s) => s.project);
  if (!project) throw new Error('useProject outside an open project');
  return project;
}

/** Updates the open project through a pure recipe; undoable and saved within a second. */
export function useUpdateProject(): (recipe: (p: Project) => Project, coalesceKey?: string) => void {
  return useKravkitStore((s) => s.update);
}

export function useCatalogue(): Catalogue | null {
  return useKravkitStore((s) => s.catalogue);
}
