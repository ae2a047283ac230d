import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import type { Project, TemplatePackFile } from '../../domain/model';

/** What the start page lists without loading every project. */
export interface ProjectSummary {
  id: string;
  title: string;
  organisation: string;
  language: Project['language'];
  updatedAt: string;
  requirementCount: number;
}

/** A project as stored: the store's persist version travels with it. */
export interface StoredProject {
  version: number;
  project: Project;
}

// Each project's start-page summary has its own key beside the project, so a save writes both
// blindly in one transaction. Before, one index array was read, changed and written back: a read
// the page had to be alive to finish, which a save queued behind it could not outlive.
const SUMMARY_PREFIX = 'summary:';
const LEGACY_INDEX_KEY = 'projects:index';
const OPEN_KEY = 'projects:open';
const PACKS_KEY = 'packs:user';
const projectKey = (id: string) => `project:${id}`;
const summaryKey = (id: string) => `${SUMMARY_PREFIX}${id}`;

let db: UseStore | undefined;
function store(): UseStore {
  db ??= createStore('kravkit', 'kv');
  return db;
}

/**
 * Every transaction is committed as soon as its requests are issued. Left to auto-commit, it ends
 * only when the page has handled its last result; a page being hidden, closed or navigated away
 * never does, and the transaction is dropped with every write queued behind it (CI lost the last
 * edit that way).
 */
function transaction<T>(mode: IDBTransactionMode, issue: (os: IDBObjectStore) => T): Promise<T> {
  return store()(mode, (os) => {
    const result = issue(os);
    os.transaction.commit?.();
    return promisifyRequest(os.transaction).then(() => result);
  });
}

const read = <T>(key: string): Promise<T | undefined> => transaction('readonly', (os) => os.get(key)).then((r) => r.result as T | undefined);

export function summarise(p: Project): ProjectSummary {
  return {
    id: p.id,
    title: p.title,
    organisation: p.organisation ?? '',
    language: p.language,
    updatedAt: p.updatedAt,
    requirementCount: p.requirements.length,
  };
}

/** The user's projects live in IndexedDB, one record and one summary each. */
export const projectRepository = {
  async list(): Promise<ProjectSummary[]> {
    const [summaries, legacy] = await transaction('readonly', (os) => [os.getAll(IDBKeyRange.bound(SUMMARY_PREFIX, `${SUMMARY_PREFIX}\uffff`)), os.get(LEGACY_INDEX_KEY)] as const);
    const listed = summaries.result as ProjectSummary[];
    const index = legacy.result as ProjectSummary[] | undefined;
    if (!index) return listed;
    // Projects saved before summaries had their own keys: carry them over once.
    const known = new Set(listed.map((s) => s.id));
    const carried = index.filter((s) => !known.has(s.id));
    await transaction('readwrite', (os) => {
      for (const s of carried) os.put(s, summaryKey(s.id));
      os.delete(LEGACY_INDEX_KEY);
    });
    return [...listed, ...carried];
  },
  async load(id: string): Promise<StoredProject | undefined> {
    return read<StoredProject>(projectKey(id));
  },
  async loadAll(ids: string[]): Promise<(StoredProject | undefined)[]> {
    const requests = await transaction('readonly', (os) => ids.map((id) => os.get(projectKey(id))));
    return requests.map((r) => r.result as StoredProject | undefined);
  },
  /** The project and its summary in one transaction; `open` also makes it the project opened next. */
  async save(record: StoredProject, options: { open?: boolean } = {}): Promise<void> {
    const { id } = record.project;
    await transaction('readwrite', (os) => {
      os.put(record, projectKey(id));
      os.put(summarise(record.project), summaryKey(id));
      if (options.open) os.put(id, OPEN_KEY);
    });
  },
  async remove(id: string): Promise<void> {
    const open = await projectRepository.openId();
    await transaction('readwrite', (os) => {
      os.delete(projectKey(id));
      os.delete(summaryKey(id));
      if (open === id) os.delete(OPEN_KEY);
    });
  },
  async openId(): Promise<string | undefined> {
    return read<string>(OPEN_KEY);
  },
  async setOpenId(id: string | undefined): Promise<void> {
    await transaction('readwrite', (os) => (id === undefined ? os.delete(OPEN_KEY) : os.put(id, OPEN_KEY)));
  },
  async userPacks(): Promise<TemplatePackFile[]> {
    return (await read<TemplatePackFile[]>(PACKS_KEY)) ?? [];
  },
  async setUserPacks(packs: TemplatePackFile[]): Promise<void> {
    await transaction('readwrite', (os) => os.put(packs, PACKS_KEY));
  },
};
