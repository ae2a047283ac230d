import { lockProject, type ProjectLock } from '../io/tabs/project-lock';

export interface TabCoordinatorHooks {
  setReadOnly: (readOnly: boolean) => void;
  reloadFromDisk: (projectId: string) => Promise<void>;
  /** Another tab asks this one, the editor, to rename the project: apply it and save. */
  applyRename: (projectId: string, title: string) => Promise<void>;
  /** Another tab deleted the project this tab shows (no tab was editing it). */
  closeDeleted: (projectId: string) => void;
}

/** Keeps one project lock for the open project, so two tabs never silently overwrite each other. */
export function createTabCoordinator(hooks: TabCoordinatorHooks) {
  let current: { id: string; lock: ProjectLock } | undefined;
  return {
    attach(projectId: string) {
      if (current?.id === projectId) return;
      current?.lock.release();
      const lock = lockProject(projectId, {
        onEditable: (editable) => {
          hooks.setReadOnly(!editable);
          // A tab that takes over starts from what the other tab last saved.
          if (editable) void hooks.reloadFromDisk(projectId);
        },
        onRemoteSave: () => void hooks.reloadFromDisk(projectId),
        onRenameRequest: (title) => hooks.applyRename(projectId, title),
        onRemoteDelete: () => hooks.closeDeleted(projectId),
      });
      current = { id: projectId, lock };
    },
    detach() {
      current?.lock.release();
      current = undefined;
    },
    /** The project whose lock this tab takes part in (a project only rehydrated at start-up is not). */
    attachedTo(): string | undefined {
      return current?.id;
    },
    takeOver() {
      current?.lock.takeOver();
    },
    announceSave(updatedAt: string) {
      current?.lock.announceSave(updatedAt);
    },
  };
}
