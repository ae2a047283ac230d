import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { StartPage } from '../../src/ui/start/StartPage';
import { useKravkitStore } from '../../src/store';
import { projectRepository } from '../../src/io/storage/project-repository';
import { renderWithApp } from '../support/render';

beforeEach(async () => {
  for (const p of await projectRepository.list()) await projectRepository.remove(p.id);
  useKravkitStore.setState({ project: null, projects: [], recentlyDeleted: null, past: [], future: [] });
});

describe('the start page', () => {
  it('creates a project and lists it with its organisation', async () => {
    const user = userEvent.setup();
    await renderWithApp(<StartPage />, { route: '/' });
    await user.type(screen.getByLabelText('Title'), 'Learning platform 2027');
    await user.type(screen.getByLabelText('Organisation'), 'Sample Municipality');
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    await waitFor(() => expect(useKravkitStore.getState().project?.title).toBe('Learning platform 2027'));
    expect((await projectRepository.list()).map((p) => p.title)).toEqual(['Learning platform 2027']);
  });

  it('refuses to create a project without a title and says why at the field', async () => {
    const user = userEvent.setup();
    await renderWithApp(<StartPage />, { route: '/' });
    await user.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Give the project a title.')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(await projectRepository.list()).toEqual([]);
  });

  it('renames, duplicates, and deletes a project with undo', async () => {
    const user = userEvent.setup();
    await useKravkitStore.getState().createProject({ title: 'Original', language: 'en' });
    useKravkitStore.getState().closeProject();
    await renderWithApp(<StartPage />, { route: '/' });
    const list = await screen.findByRole('list', { name: 'Your projects' });

    await user.click(within(list).getByRole('button', { name: 'Rename Original' }));
    const input = screen.getByLabelText('New name');
    await user.clear(input);
    await user.type(input, 'Renamed{Enter}');
    await waitFor(() => expect(within(list).getByText('Renamed')).toBeInTheDocument());

    await user.click(within(list).getByRole('button', { name: 'Duplicate Renamed' }));
    await waitFor(() => expect(within(list).getByText('Renamed (copy)')).toBeInTheDocument());

    await user.click(within(list).getByRole('button', { name: 'Delete Renamed (copy)' }));
    await waitFor(() => expect(within(list).queryByText('Renamed (copy)')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('“Renamed (copy)” was deleted.');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByText('Renamed (copy)')).toBeInTheDocument());
    expect((await projectRepository.list()).map((p) => p.title).sort()).toEqual(['Renamed', 'Renamed (copy)']);
  });

  it('refuses a broken project file with its JSON path and leaves the open project untouched', async () => {
    const user = userEvent.setup();
    await useKravkitStore.getState().createProject({ title: 'Open work', language: 'en' });
    const before = useKravkitStore.getState().project;
    await renderWithApp(<StartPage />, { route: '/' });
    const broken = new File([JSON.stringify({ kind: 'kravkit.project', formatVersion: 1, app: { name: 'kravkit', version: '1' }, project: { id: 'x' } })], 'broken.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Choose a project file'), broken);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('broken.json was not opened.');
    expect(alert).toHaveTextContent('/project: the field "title" is missing');
    expect(useKravkitStore.getState().project).toBe(before);
    expect((await projectRepository.list()).length).toBe(1);
  });
});
