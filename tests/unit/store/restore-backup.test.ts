import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BackupFile } from '../../../src/domain/model';
import { projectRepository } from '../../../src/io/storage/project-repository';
import { useKravkitStore } from '../../../src/store/project-store';

const backup = JSON.parse(readFileSync('tests/fixtures/files/backup-v1.json', 'utf8')) as BackupFile;

describe('restoring a backup', () => {
  it('writes newer projects but keeps the one open for editing as it is, and says so', async () => {
    const [open, other] = backup.projects;
    await projectRepository.save({ version: 1, project: open });
    await projectRepository.save({ version: 1, project: { ...other, updatedAt: '2020-01-01T00:00:00.000Z' } });
    expect(await useKravkitStore.getState().openProject(open.id)).toBe(true);
    const before = useKravkitStore.getState().project;

    const later = '2099-01-01T00:00:00.000Z';
    const newer: BackupFile = { ...backup, projects: backup.projects.map((p) => ({ ...p, title: `${p.title} (restored)`, updatedAt: later })) };
    const r = await useKravkitStore.getState().restoreBackup(newer);

    expect(r).toMatchObject({ written: 1, keptOpen: [`${open.title} (restored)`], keptNewer: [] });
    expect(useKravkitStore.getState().project).toBe(before);
    expect((await projectRepository.load(open.id))?.project).toEqual(open);
    expect((await projectRepository.load(other.id))?.project.title).toBe(`${other.title} (restored)`);
  });
});
