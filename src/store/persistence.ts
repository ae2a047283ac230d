import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { CURRENT_FORMAT } from '../domain/files/envelope';
import { migrate as migrateFile } from '../domain/files/migrations';
import type { Project } from '../domain/model';
import { projectRepository } from '../io/storage/project-repository';

/**
 * The store's persist version is the project file's formatVersion, so a stored project and an
 * exported file migrate along the same path (src/domain/files/migrations.ts). Bumping it without a
 * migration would make zustand drop saved work; tests/unit/store pins that down.
 */
export const STORE_VERSION = CURRENT_FORMAT['kravkit.project'];

export interface PersistedSlice {
  project: Project | null;
}

/** A project stored by a newer Kravkit: this version must neither open nor rewrite it. */
export class NewerVersionError extends Error {
  constructor(
    readonly found: number,
    readonly projectId: string | undefined,
  ) {
    super(`project stored at version ${found}; this version reads up to ${STORE_VERSION}`);
    this.name = 'NewerVersionError';
  }
}

/**
 * zustand's migrate: lift a stored project from an older version through the file migrations.
 * A newer one is refused with NewerVersionError: read as if it were current, its unknown parts
 * would be dropped by the next save.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedSlice {
  const state = persisted as PersistedSlice | undefined;
  if (!state?.project) return { project: null };
  if (version > STORE_VERSION) throw new NewerVersionError(version, typeof state.project.id === 'string' ? state.project.id : undefined);
  const file = migrateFile('kravkit.project', { kind: 'kravkit.project', formatVersion: version, project: state.project }, version);
  return { project: file.project as Project };
}

export type SaveProblem = 'quota' | 'failed';

export interface SaveHooks {
  /** False while another tab edits the project: this tab must not overwrite its saves. */
  canWrite: () => boolean;
  /** An edit waits to be written: the user should not yet read "saved". */
  onPending?: () => void;
  /** A write finished; `morePending` when edits made meanwhile still wait. */
  onSaved: (morePending: boolean) => void;
  onError: (problem: SaveProblem) => void;
}

/** Writes wait this long for more edits, so typing does not write on every keystroke. */
export const SAVE_DELAY_MS = 300;

/**
 * A PersistStorage that keeps each project in its own IndexedDB record and the id of the open one
 * under a small key. Writes are debounced and flushed when the page is hidden or closed, so an
 * edit is on disk within a second and survives a killed tab.
 */
export function createProjectStorage(hooks: SaveHooks): PersistStorage<PersistedSlice> & { flush: () => Promise<void> } {
  let pending: StorageValue<PersistedSlice> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> = Promise.resolve();
  // The project as last read or handed to a write. zustand calls setItem on every setState (the
  // save status, the catalogue, the tab lock), and onSaved itself sets state: without this, an
  // open project was rewritten whole three times a second, forever.
  let written: Project | null = null;

  const write = async (): Promise<void> => {
    timer = undefined;
    const value = pending;
    pending = null;
    const project = value?.state.project;
    if (!value || !project) return;
    written = project;
    // The write starts now, not after the one in flight: a flush on pagehide that waited for an
    // earlier write would open its transaction after the page is gone, and the last edit would be
    // lost (CI caught it). IndexedDB runs readwrite transactions in the order they were opened,
    // so the later write still lands last; only the bookkeeping below waits its turn.
    const outcome = projectRepository
      .save({ version: value.version ?? STORE_VERSION, project }, { open: true })
      .then(
        () => ({ ok: true as const }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    writing = writing
      .then(() => outcome)
      .then((result) => {
        if (result.ok) return hooks.onSaved(pending !== null);
        if (written === project) written = null;
        pending ??= value; // keep the work to retry; it also stays in memory
        hooks.onError(isQuotaError(result.error) ? 'quota' : 'failed');
      });
    return writing;
  };

  return {
    async getItem() {
      const id = await projectRepository.openId();
      if (!id) return null;
      const record = await projectRepository.load(id);
      written = record?.project ?? null;
      return record ? { state: { project: record.project }, version: record.version } : null;
    },
    setItem(_name, value) {
      if (!hooks.canWrite()) return;
      // Updates replace the project object, so the same object means nothing to save.
      if (pending === null && value.state.project === written) return;
      const wasIdle = pending === null;
      pending = value;
      if (timer === undefined) timer = setTimeout(() => void write(), SAVE_DELAY_MS);
      if (wasIdle) hooks.onPending?.();
    },
    async removeItem() {
      pending = null;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    async flush() {
      if (timer !== undefined) clearTimeout(timer);
      await write();
      await writing;
    },
  };
}

export function isQuotaError(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    'name' in e &&
    ((e as { name: string }).name === 'QuotaExceededError' || (e as { name: string }).name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
