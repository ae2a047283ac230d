import { createStore, del, get, getMany, promisifyRequest, set, type UseStore } from 'idb-keyval';
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

const INDEX_KEY = 'projects:index';
const OPEN_KEY = 'projects:open';
const PACKS_KEY = 'packs:user';
const projectKey = (id: string) => `project:${id}`;

let db: UseStore | undefined;
function store(): UseStore {
  db ??= createStore('kravkit', 'kv');
  return db;
}

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

/** The user's projects live in IndexedDB, one record each, plus a small index for the start page. */
export const projectRepository = {
  async list(): Promise<ProjectSummary[]> {
    return (await get<ProjectSummary[]>(INDEX_KEY, store())) ?? [];
  },
  async load(id: string): Promise<StoredProject | undefined> {
    return get<StoredProject>(projectKey(id), store());
  },
  async loadAll(ids: string[]): Promise<(StoredProject | undefined)[]> {
    return getMany<StoredProject>(ids.map(projectKey), store());
  },
  async save(record: StoredProject): Promise<void> {
    await store()('readwrite', (os) => {
      os.put(record, projectKey(record.project.id));
      // Commit at once: a save started as the page is hidden, closed or navigated away is otherwise
      // dropped with the page, which never gets the task in which the transaction would commit.
      os.transaction.commit?.();
      return promisifyRequest(os.transaction);
    });
    const index = await projectRepository.list();
    const summary = summarise(record.project);
    const at = index.findIndex((s) => s.id === summary.id);
    if (at >= 0) index[at] = summary;
    else index.unshift(summary);
    await set(INDEX_KEY, index, store());
  },
  async remove(id: string): Promise<void> {
    await del(projectKey(id), store());
    const index = (await projectRepository.list()).filter((s) => s.id !== id);
    await set(INDEX_KEY, index, store());
    if ((await projectRepository.openId()) === id) await del(OPEN_KEY, store());
  },
  async openId(): Promise<string | undefined> {
    return get<string>(OPEN_KEY, store());
  },
  async setOpenId(id: string | undefined): Promise<void> {
    if (id === undefined) await del(OPEN_KEY, store());
    else await set(OPEN_KEY, id, store());
  },
  async userPacks(): Promise<TemplatePackFile[]> {
    return (await get<TemplatePackFile[]>(PACKS_KEY, store())) ?? [];
  },
  async setUserPacks(packs: TemplatePackFile[]): Promise<void> {
    await set(PACKS_KEY, packs, store());
  },
};
