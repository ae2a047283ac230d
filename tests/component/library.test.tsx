import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { TemplatePackFile } from '../../src/domain/model';
import { useKravkitStore } from '../../src/store';
import LibraryPage from '../../src/ui/library/LibraryPage';
import { miniPack } from '../support/fixtures';
import { miniProject, openMiniProjectWithLibrary } from '../support/open-project';
import { renderWithApp } from '../support/render';

const project = miniProject;
const { catalogue: library } = openMiniProjectWithLibrary();

const openLibrary = (lang: 'sv' | 'da' | 'en' = 'en') =>
  renderWithApp(<LibraryPage />, { lang, path: `/project/${project.id}/library`, route: '/project/:projectId/library' });

const resultTitles = () => within(screen.getAllByRole('list').find((l) => l.classList.contains('template-results'))!).queryAllByRole('button').map((b) => b.textContent);

describe('the Library screen', () => {
  it('finds data protection templates by a Swedish word stem, a Danish word and an English word', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const search = screen.getByLabelText('Search templates');
    await user.type(search, 'personuppgift');
    await waitFor(() => expect(resultTitles().slice(0, 3)).toContain('Personal data breach notification'));
    await user.clear(search);
    await user.type(search, 'databehandler');
    await waitFor(() => expect(resultTitles().slice(0, 5)).toContain('Sub-processors only with prior authorisation'));
    await user.clear(search);
    await user.type(search, 'breach');
    await waitFor(() => expect(resultTitles().slice(0, 3)).toContain('Personal data breach notification'));
  });

  it('narrows the results by area and standard and says how many are left', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const all = library().templates.size;
    expect(screen.getByRole('status')).toHaveTextContent(`${all} templates`);
    await user.selectOptions(screen.getByLabelText('Area'), 'identity-access');
    await user.selectOptions(screen.getByLabelText('Standard'), 'skolfederation');
    const expected = [...library().templates.values()].filter((e) => e.template.areas.includes('identity-access') && e.template.standards.includes('skolfederation')).length;
    expect(expected).toBeGreaterThan(0);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(new RegExp(`^${expected} templates?$`)));
    expect(resultTitles()).toHaveLength(expected);
  });

  it('shows a template in the user language and adds it to the open project once', async () => {
    const user = userEvent.setup();
    await openLibrary('sv');
    await user.type(screen.getByLabelText('Sök bland mallarna'), 'underbiträde');
    const title = library().templates.get('privacy.subprocessor-authorisation')!.template.title.sv!;
    await user.click(await screen.findByRole('button', { name: title }));
    const before = useKravkitStore.getState().project!.requirements.length;
    const add = screen.getByRole('button', { name: 'Lägg till i projektet' });
    await user.click(add);
    const requirements = useKravkitStore.getState().project!.requirements;
    expect(requirements).toHaveLength(before + 1);
    expect(requirements.at(-1)!.templateId).toBe('privacy.subprocessor-authorisation');
    expect(await screen.findByRole('button', { name: 'Finns redan i projektet' })).toBeDisabled();
  });
});

describe('importing a template pack in the Library', () => {
  const asFile = (value: unknown, name: string) => new File([JSON.stringify(value)], name, { type: 'application/json' });

  it('refuses a pack whose template ids clash with the built-in library, naming the ids', async () => {
    const user = userEvent.setup();
    await openLibrary();
    await user.upload(screen.getByLabelText('Import a template pack (.json)'), asFile(miniPack, 'neighbour.json'));
    const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
    expect(alert).toHaveTextContent('neighbour.json');
    expect(alert).toHaveTextContent('privacy.breach-notification');
    expect(useKravkitStore.getState().userPacks).toHaveLength(0);
  });

  it('adds a neighbour municipality pack and shows its publisher and licence', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const own: TemplatePackFile = {
      ...miniPack,
      pack: { ...miniPack.pack, id: 'kommun.vaxholm', publisher: 'Vaxholms stad', licence: 'CC-BY-4.0' },
      areas: [],
      standards: [],
      checklist: [],
      templates: miniPack.templates.map((tpl) => ({ ...tpl, id: tpl.id.replace(/^[a-z]+\./, 'vaxholm.') })),
    };
    await user.upload(screen.getByLabelText('Import a template pack (.json)'), asFile(own, 'vaxholm.json'));
    expect(await screen.findByText('Imported “Test pack” from Vaxholms stad (CC-BY-4.0).', undefined, { timeout: 5000 })).toBeInTheDocument();
    expect(useKravkitStore.getState().userPacks.map((p) => p.pack.id)).toEqual(['kommun.vaxholm']);
    expect(useKravkitStore.getState().catalogue!.templates.has('vaxholm.breach-notification')).toBe(true);
  });

  it('refuses a broken pack with its JSON path and keeps the library as it was', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const broken = { ...miniPack, pack: { ...miniPack.pack, version: 'one' } };
    await user.upload(screen.getByLabelText('Import a template pack (.json)'), asFile(broken, 'broken.json'));
    expect(await screen.findByRole('alert', undefined, { timeout: 5000 })).toHaveTextContent('/pack/version');
    expect(useKravkitStore.getState().catalogue).toBe(library());
  });
});
