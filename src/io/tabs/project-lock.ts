/**
 * One tab edits a project at a time. The editing tab holds a Web Lock named after the project;
 * another tab that opens the same project becomes read-only and follows the editor's saves over a
 * BroadcastChannel, until the user takes over (which steals the lock and makes the first tab
 * read-only in turn). Where the browser lacks either API, every tab edits (the old behaviour).
 *
 * A tab that changes a project it does not edit (rename or delete on the start page) never writes
 * behind the editor's back: it either holds the lock while it writes, or asks the editor to rename
 * over the channel; a delete of a project another tab edits is refused.
 */
export interface ProjectLockHandlers {
  /** This tab may edit (true) or must only show (false). */
  onEditable: (editable: boolean) => void;
  /** Another tab saved this project. */
  onRemoteSave: (updatedAt: string) => void;
  /** Another tab asks the editor to rename the project; resolves once the new title is saved. */
  onRenameRequest?: (title: string) => Promise<void>;
  /** Another tab deleted this project (no tab was editing it). */
  onRemoteDelete?: () => void;
}

export interface ProjectLock {
  takeOver(): void;
  announceSave(updatedAt: string): void;
  release(): void;
}

export type ProjectMessage =
  | { type: 'saved'; projectId: string; updatedAt: string }
  | { type: 'rename'; projectId: string; title: string; requestId: string }
  | { type: 'renamed'; projectId: string; requestId: string }
  | { type: 'deleted'; projectId: string };

const CHANNEL = 'kravkit-projects';
const lockName = (projectId: string) => `kravkit-project-${projectId}`;

function openChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel(CHANNEL);
  // Node's BroadcastChannel (unit tests) would otherwise keep the process alive.
  (channel as unknown as { unref?: () => void }).unref?.();
  return channel;
}

function webLocks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined;
}

export function lockProject(projectId: string, handlers: ProjectLockHandlers): ProjectLock {
  const locks = webLocks();
  const channel = openChannel();
  let releaseHeld: (() => void) | undefined;
  let released = false;
  // Only the tab that holds the lock answers rename requests, so exactly one tab applies each.
  let holding = false;

  channel?.addEventListener('message', (e: MessageEvent<ProjectMessage>) => {
    const msg = e.data;
    if (!msg || msg.projectId !== projectId || released) return;
    if (msg.type === 'saved') handlers.onRemoteSave(msg.updatedAt);
    else if (msg.type === 'deleted') handlers.onRemoteDelete?.();
    else if (msg.type === 'rename' && holding && handlers.onRenameRequest) {
      void handlers.onRenameRequest(msg.title).then(() => channel.postMessage({ type: 'renamed', projectId, requestId: msg.requestId } satisfies ProjectMessage));
    }
  });

  const hold = (options: LockOptions) => {
    if (!locks) {
      holding = true;
      handlers.onEditable(true);
      return;
    }
    void locks
      .request(lockName(projectId), options, (lock) => {
        if (!lock) {
          handlers.onEditable(false);
          return undefined;
        }
        if (released) return undefined;
        holding = true;
        handlers.onEditable(true);
        // Hold the lock until released here, or stolen by another tab.
        return new Promise<void>((resolve) => {
          releaseHeld = resolve;
        });
      })
      .catch(() => {
        // Stolen by a tab that took over: this one only shows the project now.
        holding = false;
        if (!released) handlers.onEditable(false);
      });
  };

  hold({ ifAvailable: true });

  return {
    takeOver() {
      hold({ steal: true });
    },
    announceSave(updatedAt) {
      channel?.postMessage({ type: 'saved', projectId, updatedAt } satisfies ProjectMessage);
    },
    release() {
      released = true;
      holding = false;
      releaseHeld?.();
      channel?.close();
    },
  };
}

/**
 * Runs `write` while this tab holds the project's lock, so no tab can start editing the project
 * halfway. Resolves `{ ran: false }` without running it when another tab edits the project.
 */
export async function whileNoTabEdits<T>(projectId: string, write: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const locks = webLocks();
  if (!locks) return { ran: true, value: await write() };
  let result: { ran: true; value: T } | { ran: false } = { ran: false };
  await locks.request(lockName(projectId), { ifAvailable: true }, async (lock) => {
    if (lock) result = { ran: true, value: await write() };
  });
  return result;
}

/**
 * Asks the tab that edits a project to rename it and save. Resolves true once that tab has saved
 * the new title, false when no tab answered in time (nothing was changed here).
 */
export function requestRename(projectId: string, title: string, timeoutMs = 5000): Promise<boolean> {
  const channel = openChannel();
  if (!channel) return Promise.resolve(false);
  const requestId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      clearTimeout(timer);
      channel.close();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    channel.addEventListener('message', (e: MessageEvent<ProjectMessage>) => {
      if (e.data?.type === 'renamed' && e.data.requestId === requestId) done(true);
    });
    channel.postMessage({ type: 'rename', projectId, title, requestId } satisfies ProjectMessage);
  });
}

/** Tells every other tab about a save or a delete made outside the lock's own holder. */
export function announce(message: Extract<ProjectMessage, { type: 'saved' | 'deleted' }>): void {
  const channel = openChannel();
  if (!channel) return;
  channel.postMessage(message);
  channel.close();
}

/** Calls `onChange` whenever another tab saves or deletes a project, so a project list stays true. */
export function watchProjects(onChange: () => void): () => void {
  const channel = openChannel();
  if (!channel) return () => undefined;
  channel.addEventListener('message', (e: MessageEvent<ProjectMessage>) => {
    if (e.data?.type === 'saved' || e.data?.type === 'deleted') onChange();
  });
  return () => channel.close();
}
