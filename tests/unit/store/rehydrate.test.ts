import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Project } from '../../../src/domain/model';
import { projectRepository } from '../../../src/io/storage/project-repository';
import { migratePersisted, STORE_VERSION } from '../../../src/store/persistence';
import { useKravkitStore } from '../../../src/store/project-store';

/**
 * The real store rehydrating from (fake) IndexedDB, written the way the app writes it: zustand's
 * persist calls `migrate` only when the stored version differs, and without one it silently
 * drops the saved project. These tests fail if `migrate` is unwired or a newer record is mangled.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/files/project-v1.json', 'utf8')).project as Project;
const initial = useKravkitStore.getState();

async function storeAsTheAppDoes(project: Project, version: number): Promise<void> {
  await projectRepository.save({ version, project });
  await projectRepository.setOpenId(project.id);
}

describe('rehydrating the open project from IndexedDB', () => {
  beforeEach(async () => {
    await useKravkitStore.getState().flush();
    useKravkitStore.setState({ ...initial, project: null, tooNew: null, hydrated: false, readOnly: false }, true);
    for (const s of await projectRepository.list()) await projectRepository.remove(s.id);
  });

  it('wires the file migrations into zustand at the project format version', () => {
    const options = useKravkitStore.persist.getOptions();
    expect(options.version).toBe(STORE_VERSION);
    expect(options.migrate).toBe(migratePersisted);
    expect(options.partialize?.({ ...initial, project: fixture, saving: true, hydrated: true })).toEqual({ project: fixture });
  });

  it('finds the project stored at version 1 after a rehydrate', async () => {
    await storeAsTheAppDoes({ ...fixture, id: 'p-v1' }, 1);
    await useKravkitStore.persist.rehydrate();
    const state = useKravkitStore.getState();
    expect(state.hydrated).toBe(true);
    expect(state.tooNew).toBeNull();
    expect(state.project?.id).toBe('p-v1');
    expect(state.project?.title).toBe(fixture.title);
    expect(state.project?.requirements).toEqual(fixture.requirements);
  });

  it('refuses a project stored by a newer version: not opened, not rewritten, and says why', async () => {
    const newer = STORE_VERSION + 1;
    // A newer format may carry fields this version does not know; reading it as current would drop them.
    const future = { ...fixture, id: 'p-future', fieldFromTheFuture: { kept: true } } as unknown as Project;
    await storeAsTheAppDoes(future, newer);
    const before = await projectRepository.load('p-future');

    await useKravkitStore.persist.rehydrate();
    expect(useKravkitStore.getState().hydrated).toBe(true);
    expect(useKravkitStore.getState().project).toBeNull();
    expect(useKravkitStore.getState().tooNew).toEqual({ projectId: 'p-future', found: newer, supported: STORE_VERSION });

    // Opening it from the start page is refused the same way.
    useKravkitStore.setState({ tooNew: null });
    expect(await useKravkitStore.getState().openProject('p-future')).toBe(false);
    expect(useKravkitStore.getState().tooNew).toEqual({ projectId: 'p-future', found: newer, supported: STORE_VERSION });
    expect(useKravkitStore.getState().project).toBeNull();

    // State changes after the refusal write nothing over it.
    useKravkitStore.setState({ saving: false, savedAt: 'x' });
    await useKravkitStore.getState().flush();
    expect(await projectRepository.load('p-future')).toEqual(before);
    expect((await projectRepository.load('p-future'))?.version).toBe(newer);
  });

  it('keeps a project of the current version untouched on disk when it is only read', async () => {
    await storeAsTheAppDoes({ ...fixture, id: 'p-same' }, STORE_VERSION);
    const before = await projectRepository.load('p-same');
    await useKravkitStore.persist.rehydrate();
    await useKravkitStore.getState().flush();
    expect(await projectRepository.load('p-same')).toEqual(before);
  });
});
