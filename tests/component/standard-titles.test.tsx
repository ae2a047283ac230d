import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LibraryPage from '../../src/ui/library/LibraryPage';
import { NeedsForm } from '../../src/ui/phases/before/NeedsForm';
import { miniProject, openMiniProjectWithLibrary } from '../support/open-project';
import { renderWithApp } from '../support/render';

const project = miniProject;
const { catalogue: library } = openMiniProjectWithLibrary();

const WAD = { sv: 'Webbtillgänglighetsdirektivet', da: 'Webtilgængelighedsdirektivet', en: 'Web Accessibility Directive' } as const;

describe.each(['sv', 'da', 'en'] as const)('standards named in %s', (lang) => {
  it('in the Library: the standard filter and the details of a template citing it', async () => {
    const user = userEvent.setup();
    renderWithApp(<LibraryPage />, { lang, path: `/project/${project.id}/library`, route: '/project/:projectId/library' });
    const filter = (await screen.findAllByRole('combobox', undefined, { timeout: 5000 })).find((c) => within(c).queryByRole('option', { name: WAD[lang] }));
    expect(filter, 'a filter offering the directive by its local name').toBeDefined();
    for (const other of (['sv', 'da', 'en'] as const).filter((l) => l !== lang)) expect(screen.queryAllByText(WAD[other])).toEqual([]);
    const citing = [...library().templates.values()].find((e) => e.template.standards.includes('web-accessibility-directive'))!.template;
    await user.selectOptions(filter!, 'web-accessibility-directive');
    await user.click(await screen.findByRole('button', { name: citing.title[lang] }));
    expect((await screen.findAllByText(new RegExp(WAD[lang]))).length).toBeGreaterThan(1);
  });

  it('in the Before phase: the integration checkboxes', async () => {
    renderWithApp(<NeedsForm />, { lang, path: `/project/${project.id}/before`, route: '/project/:projectId/before' });
    expect(await screen.findByRole('checkbox', { name: library().standards.get('ss12000')!.title![lang] })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: WAD[lang] })).toBeInTheDocument();
  });
});
