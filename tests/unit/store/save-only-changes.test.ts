import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Project } from '../../../src/domain/model';
import type { StoredProject } from '../../../src/io/storage/project-repository';

const saved: StoredProject[] = [];
let onDisk: StoredProject | undefined;
// While set, a write is recorded when it starts but finishes only when the gate opens: an
// IndexedDB transaction still running.
let gate: Promise<void> | null = null;
vi.mock('../../../src/io/storage/project-repository', () => ({
  projectRepository: {
    save: async (record: StoredProject) => {
      saved.push(record);
      if (gate) await gate;
    },
    setOpenId: async () => undefined,
    openId: async () => onDisk?.project.id,
    load: async () => onDisk,
  },
}));

const { createProjectStorage, STORE_VERSION } = await import('../../../src/store/persistence');

const project = (title: string) => ({ id: 'p1', title, requirements: [] }) as unknown as Project;
const value = (p: Project | null) => ({ state: { project: p }, version: STORE_VERSION });

describe('saving the open project', () => {
  beforeEach(() => {
    saved.length = 0;
    onDisk = undefined;
    gate = null;
  });

  it('writes a changed project once, and not again for state that leaves the project as it was', async () => {
    let saves = 0;
    const storage = createProjectStorage({ canWrite: () => true, onSaved: () => void saves++, onError: () => undefined });
    const a = project('A');
    storage.setItem('k', value(a));
    await storage.flush();
    expect(saved.map((r) => r.project.title)).toEqual(['A']);
    // zustand persists on every setState: the save status set by onSaved, the catalogue, the tab lock.
    for (let i = 0; i < 5; i++) storage.setItem('k', value(a));
    await storage.flush();
    expect(saved.length).toBe(1);
    const b = { ...a, title: 'B' };
    storage.setItem('k', value(b));
    await storage.flush();
    expect(saved.map((r) => r.project.title)).toEqual(['A', 'B']);
    expect(saves).toBe(2);
  });

  it('does not write back the project it has just read at start-up', async () => {
    const storage = createProjectStorage({ canWrite: () => true, onSaved: () => undefined, onError: () => undefined });
    onDisk = { version: STORE_VERSION, project: project('Stored') };
    const read = await storage.getItem('k');
    storage.setItem('k', value(read!.state.project));
    await storage.flush();
    expect(saved).toEqual([]);
  });

  it('says an edit is pending until it is written, and only once per wait', async () => {
    const events: string[] = [];
    const storage = createProjectStorage({
      canWrite: () => true,
      onPending: () => events.push('pending'),
      onSaved: (morePending) => events.push(morePending ? 'saved, more pending' : 'saved'),
      onError: () => undefined,
    });
    const a = project('A');
    storage.setItem('k', value(a));
    storage.setItem('k', value({ ...a, title: 'A2' }));
    expect(events).toEqual(['pending']);
    await storage.flush();
    expect(events).toEqual(['pending', 'saved']);
    expect(saved.map((r) => r.project.title)).toEqual(['A2']);
  });

  it('starts the write of the last edit when the page is hidden, without waiting for a write still running', async () => {
    vi.useFakeTimers();
    try {
      const events: string[] = [];
      const storage = createProjectStorage({ canWrite: () => true, onSaved: () => events.push('saved'), onError: () => undefined });
      let open!: () => void;
      gate = new Promise((resolve) => (open = resolve));
      const a = project('A');
      storage.setItem('k', value(a));
      await vi.advanceTimersByTimeAsync(1000); // the debounced write of A starts and hangs
      expect(saved.map((r) => r.project.title)).toEqual(['A']);
      storage.setItem('k', value({ ...a, title: 'B' }));
      const flushed = storage.flush(); // pagehide: the page may be gone before A's write ends
      expect(saved.map((r) => r.project.title)).toEqual(['A', 'B']);
      open();
      await flushed;
      expect(events).toEqual(['saved', 'saved']);
    } finally {
      vi.useRealTimers();
    }
  });
});
