/**
 * One tab edits a project at a time. The editing tab holds a Web Lock named after the project;
 * another tab that opens the same project becomes read-only and follows the editor's saves over a
 * BroadcastChannel, until the user takes over (which steals the lock and makes the first tab
 * read-only in turn). Where the browser lacks either API, every tab edits (the old behaviour).
 */
export interface ProjectLockHandlers {
  /** This tab may edit (true) or must only show (false). */
  onEditable: (editable: boolean) => void;
  /** Another tab saved this project. */
  onRemoteSave: (updatedAt: string) => void;
}

export interface ProjectLock {
  takeOver(): void;
  announceSave(updatedAt: string): void;
  release(): void;
}

const CHANNEL = 'kravkit-projects';

export function lockProject(projectId: string, handlers: ProjectLockHandlers): ProjectLock {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(CHANNEL) : undefined;
  const name = `kravkit-project-${projectId}`;
  let releaseHeld: (() => void) | undefined;
  let released = false;

  channel?.addEventListener('message', (e: MessageEvent<{ type: string; projectId: string; updatedAt: string }>) => {
    if (e.data?.type === 'saved' && e.data.projectId === projectId) handlers.onRemoteSave(e.data.updatedAt);
  });

  const hold = (options: LockOptions) => {
    if (!locks) {
      handlers.onEditable(true);
      return;
    }
    void locks
      .request(name, options, (lock) => {
        if (!lock) {
          handlers.onEditable(false);
          return undefined;
        }
        if (released) return undefined;
        handlers.onEditable(true);
        // Hold the lock until released here, or stolen by another tab.
        return new Promise<void>((resolve) => {
          releaseHeld = resolve;
        });
      })
      .catch(() => {
        // Stolen by a tab that took over: this one only shows the project now.
        if (!released) handlers.onEditable(false);
      });
  };

  hold({ ifAvailable: true });

  return {
    takeOver() {
      hold({ steal: true });
    },
    announceSave(updatedAt) {
      channel?.postMessage({ type: 'saved', projectId, updatedAt });
    },
    release() {
      released = true;
      releaseHeld?.();
      channel?.close();
    },
  };
}
