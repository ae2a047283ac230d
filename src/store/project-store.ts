import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Catalogue } from '../domain/catalogue/catalogue';
import { planRestore } from '../domain/files/backup';
import type { BackupFile, Language, Project, TemplatePackFile } from '../domain/model';
import { createProject } from '../domain/project/create';
import { projectRepository, summarise, type ProjectSummary } from '../io/storage/project-repository';
import { announce, requestRename, watchProjects, whileNoTabEdits } from '../io/tabs/project-lock';
import { createProjectStorage, migratePersisted, NewerVersionError, STORE_VERSION, type PersistedSlice, type SaveProblem } from './persistence';
import { newId, nowIso } from './ids';
import { createTabCoordinator } from './tab-coordinator';

/** How many edits undo remembers. */
const UNDO_DEPTH = 100;
/** Edits with the same key this close together undo as one (typing in a field). */
const COALESCE_MS = 1000;

export interface DeletedProject {
  project: Project;
  version: number;
}

export interface KravkitState extends PersistedSlice {
  hydrated: boolean;
  projects: ProjectSummary[];
  past: Project[];
  future: Project[];
  lastEdit: { key: string; at: number } | null;
  saveProblem: SaveProblem | null;
  /** Edits wait to be written (at most SAVE_DELAY_MS plus the write). */
  saving: boolean;
  savedAt: string | null;
  recentlyDeleted: DeletedProject | null;
  catalogue: Catalogue | null;
  userPacks: TemplatePackFile[];
  /** Another tab edits this project: this one shows it and follows its saves. */
  readOnly: boolean;
  /** The id of a project this tab showed until another tab deleted it. */
  deletedElsewhere: string | null;
  /** A project stored by a newer Kravkit, refused rather than opened (it is left as it is). */
  tooNew: { projectId: string | undefined; found: number; supported: number } | null;

  loadProjects(): Promise<void>;
  createProject(input: { title: string; language: Language; organisation?: string }): Promise<string>;
  openProject(id: string): Promise<boolean>;
  closeProject(): void;
  /** Replaces the open project through a pure recipe; undoable; saved within a second. */
  update(recipe: (p: Project) => Project, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
  /** 'busy' when another tab edits the project and did not take the new title: nothing changed. */
  renameProject(id: string, title: string): Promise<'renamed' | 'busy'>;
  duplicateProject(id: string, titleSuffix: string): Promise<string | null>;
  /** 'busy' when another tab edits the project: it is not deleted behind that tab's back. */
  deleteProject(id: string): Promise<'deleted' | 'busy'>;
  undoDelete(): Promise<void>;
  /** Stores an imported, validated project as a new project (a fresh id if the id is taken). */
  addImportedProject(project: Project): Promise<string>;
  /**
   * Restores a validated backup: projects newer than the stored ones and packs not yet imported.
   * A project open in this tab or edited in another is kept as it is (restoring under an editor
   * would be undone by its next save).
   */
  restoreBackup(backup: BackupFile): Promise<{ written: number; keptNewer: string[]; keptOpen: string[]; packs: number }>;
  setCatalogue(catalogue: Catalogue, userPacks: TemplatePackFile[]): void;
  /** Make this tab the one that edits the open project. */
  takeOver(): void;
  flush(): Promise<void>;
}

const storage = createProjectStorage({
  canWrite: () => !useKravkitStore.getState().readOnly,
  onPending: () => useKravkitStore.setState({ saving: true }),
  onSaved: (morePending) => {
    const project = useKravkitStore.getState().project;
    if (project) tabs.announceSave(project.updatedAt);
    useKravkitStore.setState((s) => ({
      saveProblem: null,
      saving: morePending,
      savedAt: nowIso(),
      projects: project ? upsertSummary(s.projects, summarise(project)) : s.projects,
    }));
  },
  onError: (problem) => useKravkitStore.setState({ saveProblem: problem }),
});

function upsertSummary(list: ProjectSummary[], summary: ProjectSummary): ProjectSummary[] {
  const rest = list.filter((s) => s.id !== summary.id);
  return [summary, ...rest].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

const tabs = createTabCoordinator({
  setReadOnly: (readOnly) => useKravkitStore.setState({ readOnly }),
  reloadFromDisk: async (id) => {
    const record = await projectRepository.load(id);
    const state = useKravkitStore.getState();
    // Only a read-only tab follows another tab's saves; an editing tab keeps its own state.
    if (record && state.readOnly && state.project?.id === id) {
      try {
        useKravkitStore.setState({ project: migratePersisted({ project: record.project }, record.version).project, past: [], future: [] });
      } catch (e) {
        // Saved by a newer Kravkit in the other tab: keep showing what this tab can read.
        if (!(e instanceof NewerVersionError)) throw e;
      }
    }
  },
  applyRename: async (id, title) => {
    const state = useKravkitStore.getState();
    if (state.project?.id !== id || state.readOnly) return;
    state.update((p) => ({ ...p, title }));
    await state.flush();
  },
  closeDeleted: (id) => {
    if (useKravkitStore.getState().project?.id !== id) return;
    tabs.detach();
    useKravkitStore.setState({ project: null, past: [], future: [], lastEdit: null, readOnly: false, deletedElsewhere: id });
  },
});

/**
 * This tab edits the project: it holds (or is about to hold) its lock. A start page merely
 * rehydrated with the last open project does not, and must not write it behind the editor's back.
 */
function editsHere(id: string): boolean {
  const s = useKravkitStore.getState();
  return s.project?.id === id && !s.readOnly && tabs.attachedTo() === id;
}

// The start page lists what other tabs save, rename and delete, not what it read when it opened.
let stopWatching: (() => void) | undefined;

export const useKravkitStore = create<KravkitState>()(
  persist(
    (set, get) => ({
      project: null,
      hydrated: false,
      projects: [],
      past: [],
      future: [],
      lastEdit: null,
      saveProblem: null,
      saving: false,
      savedAt: null,
      recentlyDeleted: null,
      catalogue: null,
      userPacks: [],
      readOnly: false,
      deletedElsewhere: null,
      tooNew: null,

      async loadProjects() {
        stopWatching ??= watchProjects(() => void get().loadProjects());
        const projects = await projectRepository.list();
        set({ projects: [...projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) });
      },

      async createProject({ title, language, organisation }) {
        await get().flush();
        const project = createProject({ id: newId(), title, language, organisation, now: nowIso() });
        await projectRepository.save({ version: STORE_VERSION, project }, { open: true });
        set((s) => ({ project, past: [], future: [], lastEdit: null, readOnly: false, projects: upsertSummary(s.projects, summarise(project)) }));
        tabs.attach(project.id);
        return project.id;
      },

      async openProject(id) {
        if (get().project?.id === id) {
          // Rehydrated at start-up: still take part in the one-editor-per-project lock.
          tabs.attach(id);
          return true;
        }
        await get().flush();
        const record = await projectRepository.load(id);
        if (!record) return false;
        if (record.version > STORE_VERSION) {
          set({ tooNew: { projectId: id, found: record.version, supported: STORE_VERSION } });
          return false;
        }
        await projectRepository.setOpenId(id);
        const { project } = migratePersisted({ project: record.project }, record.version);
        set({ project, past: [], future: [], lastEdit: null, readOnly: false, deletedElsewhere: null });
        tabs.attach(id);
        return true;
      },

      closeProject() {
        void get().flush();
        tabs.detach();
        set({ project: null, past: [], future: [], lastEdit: null, readOnly: false });
      },

      update(recipe, coalesceKey) {
        const current = get().project;
        if (!current || get().readOnly) return;
        const next = { ...recipe(current), updatedAt: nowIso() };
        const now = Date.now();
        const last = get().lastEdit;
        const coalesce = coalesceKey !== undefined && last?.key === coalesceKey && now - last.at < COALESCE_MS;
        set((s) => ({
          project: next,
          past: coalesce ? s.past : [...s.past, current].slice(-UNDO_DEPTH),
          future: [],
          lastEdit: coalesceKey !== undefined ? { key: coalesceKey, at: now } : null,
        }));
      },

      undo() {
        const { past, project, future, readOnly } = get();
        if (!project || past.length === 0 || readOnly) return;
        const previous = past[past.length - 1];
        set({ project: { ...previous, updatedAt: nowIso() }, past: past.slice(0, -1), future: [project, ...future], lastEdit: null });
      },

      redo() {
        const { past, project, future, readOnly } = get();
        if (!project || future.length === 0 || readOnly) return;
        const [next, ...rest] = future;
        set({ project: { ...next, updatedAt: nowIso() }, past: [...past, project], future: rest, lastEdit: null });
      },

      async renameProject(id, title) {
        if (editsHere(id)) {
          get().update((p) => ({ ...p, title }));
          return 'renamed';
        }
        // Written here only while no tab edits it; the editor would overwrite it with its next save.
        const written = await whileNoTabEdits(id, async () => {
          const record = await projectRepository.load(id);
          if (!record) return null;
          const project = { ...record.project, title, updatedAt: nowIso() };
          await projectRepository.save({ ...record, project });
          announce({ type: 'saved', projectId: id, updatedAt: project.updatedAt });
          return project;
        });
        if (written.ran) {
          const project = written.value;
          if (project) set((s) => ({ projects: upsertSummary(s.projects, summarise(project)) }));
          return 'renamed';
        }
        // The editing tab renames it and saves, so neither tab undoes the other.
        if (!(await requestRename(id, title))) return 'busy';
        await get().loadProjects();
        return 'renamed';
      },

      async duplicateProject(id, titleSuffix) {
        await get().flush();
        const record = await projectRepository.load(id);
        if (!record) return null;
        const now = nowIso();
        const project: Project = { ...structuredClone(record.project), id: newId(), title: `${record.project.title} ${titleSuffix}`.slice(0, 300), createdAt: now, updatedAt: now };
        await projectRepository.save({ version: record.version, project });
        set((s) => ({ projects: upsertSummary(s.projects, summarise(project)) }));
        return project.id;
      },

      async deleteProject(id) {
        await get().flush();
        const remove = async () => {
          const record = await projectRepository.load(id);
          if (!record) return null;
          await projectRepository.remove(id);
          announce({ type: 'deleted', projectId: id });
          return record;
        };
        let record: Awaited<ReturnType<typeof remove>>;
        if (editsHere(id)) {
          // This tab edits it: let go of the lock first, so the project is not left locked.
          tabs.detach();
          record = await remove();
        } else {
          // Another tab editing it would write it back with its next save: refuse instead.
          const result = await whileNoTabEdits(id, remove);
          if (!result.ran) return 'busy';
          record = result.value;
        }
        if (!record) return 'deleted';
        const deleted = record;
        set((s) => ({
          recentlyDeleted: { project: deleted.project, version: deleted.version },
          projects: s.projects.filter((p) => p.id !== id),
          ...(s.project?.id === id ? { project: null, past: [], future: [], readOnly: false } : {}),
        }));
        return 'deleted';
      },

      async undoDelete() {
        const deleted = get().recentlyDeleted;
        if (!deleted) return;
        await projectRepository.save(deleted);
        set((s) => ({ recentlyDeleted: null, projects: upsertSummary(s.projects, summarise(deleted.project)) }));
      },

      async addImportedProject(imported) {
        const taken = get().projects.some((p) => p.id === imported.id);
        const project = taken ? { ...imported, id: newId() } : imported;
        await projectRepository.save({ version: STORE_VERSION, project });
        set((s) => ({ projects: upsertSummary(s.projects, summarise(project)) }));
        return project.id;
      },

      async restoreBackup(backup) {
        const stored = new Map((await projectRepository.list()).map((s) => [s.id, s]));
        const plan = planRestore(backup, stored);
        const keptOpen: string[] = [];
        let written = 0;
        for (const project of plan.write) {
          if (get().project?.id === project.id) {
            keptOpen.push(project.title);
            continue;
          }
          // A backup file is read through the file migrations, so its projects are at the current version.
          const result = await whileNoTabEdits(project.id, async () => {
            await projectRepository.save({ version: STORE_VERSION, project });
            announce({ type: 'saved', projectId: project.id, updatedAt: project.updatedAt });
          });
          if (result.ran) written++;
          else keptOpen.push(project.title);
        }
        const packs = await projectRepository.userPacks();
        const newPacks = (backup.packs ?? []).filter((p) => !packs.some((q) => q.pack.id === p.pack.id));
        if (newPacks.length) {
          await projectRepository.setUserPacks([...packs, ...newPacks]);
          set({ catalogue: null });
        }
        await get().loadProjects();
        return { written, keptNewer: plan.keptNewer, keptOpen, packs: newPacks.length };
      },

      setCatalogue(catalogue, userPacks) {
        set({ catalogue, userPacks });
      },

      takeOver() {
        tabs.takeOver();
      },

      flush() {
        return storage.flush();
      },
    }),
    {
      name: 'kravkit-open-project',
      version: STORE_VERSION,
      storage,
      partialize: (s) => ({ project: s.project }),
      migrate: migratePersisted,
      skipHydration: true,
      // A refused stored project (saved by a newer Kravkit) is left on disk untouched and not opened.
      onRehydrateStorage: () => (_state: KravkitState | undefined, error: unknown) =>
        useKravkitStore.setState({
          hydrated: true,
          ...(error instanceof NewerVersionError ? { tooNew: { projectId: error.projectId, found: error.found, supported: STORE_VERSION } } : {}),
        }),
    },
  ),
);
