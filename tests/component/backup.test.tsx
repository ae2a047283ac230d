import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../src/domain/files/backup';
import { projectRepository } from '../../src/io/storage/project-repository';
import { useKravkitStore } from '../../src/store';
import { BackupPanel } from '../../src/ui/start/BackupPanel';
import { renderWithApp } from '../support/render';
import { miniPack, miniProject } from '../support/fixtures';

const project = miniProject;
const pack = miniPack;
const asFile = (value: unknown, name: string) => new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });

beforeEach(async () => {
  for (const s of await projectRepository.list()) await projectRepository.remove(s.id);
  await projectRepository.setUserPacks([]);
  await useKravkitStore.getState().loadProjects();
});

describe('the backup on the start page', () => {
  it('restores every project and pack of a backup file and says how many', async () => {
    const user = userEvent.setup();
    await renderWithApp(<BackupPanel />);
    const second = { ...project, id: 'second-project', title: 'Lärplattform 2027' };
    await user.upload(screen.getByLabelText('Restore from a backup file'), asFile(toBackupFile([project, second], [pack], '2026-11-28T08:00:00Z'), 'kravkit-backup.json'));
    expect(await screen.findByRole('status', undefined, { timeout: 5000 })).toHaveTextContent('Restored 2 project(s) and 1 pack(s); 0 kept');
    expect(useKravkitStore.getState().projects.map((p) => p.title).sort()).toEqual([project.title, 'Lärplattform 2027'].sort());
    expect((await projectRepository.userPacks()).map((p) => p.pack.id)).toEqual(['test.mini']);
  });

  it('keeps the newer project in this browser when the backup holds an older one', async () => {
    const user = userEvent.setup();
    await projectRepository.save({ version: 1, project: { ...project, title: 'Newer here', updatedAt: '2030-01-01T00:00:00Z' } });
    await useKravkitStore.getState().loadProjects();
    await renderWithApp(<BackupPanel />);
    await user.upload(screen.getByLabelText('Restore from a backup file'), asFile(toBackupFile([project], [], '2026-11-28T08:00:00Z'), 'old.json'));
    expect(await screen.findByRole('status', undefined, { timeout: 5000 })).toHaveTextContent('Restored 0 project(s) and 0 pack(s); 1 kept');
    expect(useKravkitStore.getState().projects.map((p) => p.title)).toEqual(['Newer here']);
  });

  it('refuses a broken backup with the JSON path of each error and writes nothing', async () => {
    const user = userEvent.setup();
    await renderWithApp(<BackupPanel />);
    const broken = toBackupFile([{ ...project, language: 'fi' as never }], [], '2026-11-28T08:00:00Z');
    await user.upload(screen.getByLabelText('Restore from a backup file'), asFile(broken, 'broken.json'));
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('broken.json');
    expect(alert).toHaveTextContent('/projects/0/language');
    expect(await projectRepository.list()).toHaveLength(0);
    await user.upload(screen.getByLabelText('Restore from a backup file'), asFile('{"kind": "kravkit.backup"', 'cut.json'));
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent('cut.json');
    expect(await projectRepository.list()).toHaveLength(0);
  });
});
