import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { projectRepository, summarise } from '../../../src/io/storage/project-repository';
import { miniProject } from '../../support/fixtures';

const project = (id: string, title: string, updatedAt = '2026-01-01T00:00:00.000Z') => ({ ...miniProject, id, title, updatedAt });

describe('the projects kept in IndexedDB', () => {
  beforeEach(async () => {
    for (const s of await projectRepository.list()) await projectRepository.remove(s.id);
  });

  it('lists each saved project by its latest summary, and forgets a removed one with its open mark', async () => {
    await projectRepository.save({ version: 1, project: project('a', 'Första') });
    await projectRepository.save({ version: 1, project: project('b', 'Andra') }, { open: true });
    await projectRepository.save({ version: 1, project: project('a', 'Första, ändrad') });
    expect((await projectRepository.list()).map((s) => [s.id, s.title]).sort()).toEqual([
      ['a', 'Första, ändrad'],
      ['b', 'Andra'],
    ]);
    expect(await projectRepository.openId()).toBe('b');
    await projectRepository.remove('b');
    expect((await projectRepository.list()).map((s) => s.id)).toEqual(['a']);
    expect(await projectRepository.load('b')).toBeUndefined();
    expect(await projectRepository.openId()).toBeUndefined();
  });

  it('carries over the start-page index of an earlier version once, without losing a project', async () => {
    const old = project('old', 'Sparad av en äldre version');
    await set(`project:${old.id}`, { version: 1, project: old }, createStore('kravkit', 'kv'));
    await set('projects:index', [summarise(old)], createStore('kravkit', 'kv'));
    await projectRepository.save({ version: 1, project: project('new', 'Ny') });

    const listed = await projectRepository.list();
    expect(listed.map((s) => s.id).sort()).toEqual(['new', 'old']);
    expect(listed.find((s) => s.id === 'old')).toEqual(summarise(old));
    expect((await projectRepository.list()).map((s) => s.id).sort()).toEqual(['new', 'old']);
    expect((await projectRepository.load('old'))?.project.title).toBe('Sparad av en äldre version');
  });
});
