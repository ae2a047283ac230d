import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Catalogue } from '../domain/catalogue/catalogue';
import type { Language, Project, TemplatePackFile } from '../domain/model';
import { createProject } from '../domain/project/create';
import { projectRepository, summarise, type ProjectSummary } from '../io/storage/project-repository';
import { createProjectStorage, migratePersisted, STORE_VERSION, type PersistedSlice, type SaveProblem } from './persistence';
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

  loadProjects(): Promise<void>;
  createProject(input: { title: string; language: Language; organisation?: string }): Promise<string>;
  openProject(id: string): Promise<boolean>;
  closeProject(): void;
  /** Replaces the open project through a pure recipe; undoable; saved within a second. */
  update(recipe: (p: Project) => Project, coalesceKey?: string): void;
  undo(): void;
  redo(): void;
  renameProject(id: string, title: string): Promise<void>;
  duplicateProject(id: string, titleSuffix: string): Promise<string | null>;
  deleteProject(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  /** Stores an imported, validated project as a new project (a fresh id if the id is taken). */
  addImportedProject(project: Project): Promise<string>;
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
      useKravkitStore.setState({ project: migratePersisted({ project: record.project }, record.version).project, past: [], future: [] });
    }
  },
});

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

      async loadProjects() {
        const projects = await projectRepository.list();
        set({ projects: [...projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) });
      },

      async createProject({ title, language, organisation }) {
        await get().flush();
        const project = createProject({ id: newId(), title, language, organisation, now: nowIso() });
        await projectRepository.save({ version: STORE_VERSION, project });
        await projectRepository.setOpenId(project.id);
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
        await projectRepository.setOpenId(id);
        const { project } = migratePersisted({ project: record.project }, record.version);
        set({ project, past: [], future: [], lastEdit: null, readOnly: false });
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
        if (get().project?.id === id) {
          get().update((p) => ({ ...p, title }));
          return;
        }
        const record = await projectRepository.load(id);
        if (!record) return;
        const project = { ...record.project, title, updatedAt: nowIso() };
        await projectRepository.save({ ...record, project });
        set((s) => ({ projects: upsertSummary(s.projects, summarise(project)) }));
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
        const record = await projectRepository.load(id);
        if (!record) return;
        await projectRepository.remove(id);
        set((s) => ({
          recentlyDeleted: { project: record.project, version: record.version },
          projects: s.projects.filter((p) => p.id !== id),
          ...(s.project?.id === id ? { project: null, past: [], future: [] } : {}),
        }));
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
      onRehydrateStorage: () => () => useKravkitStore.setState({ hydrated: true }),
    },
  ),
);
