import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import LibraryPage from '../../src/ui/library/LibraryPage';
import { miniProject, openMiniProjectWithLibrary } from '../support/open-project';
import { renderWithApp } from '../support/render';

const project = miniProject;
const { catalogue: library } = openMiniProjectWithLibrary();

const openLibrary = (lang: 'sv' | 'da' | 'en' = 'en') =>
  renderWithApp(<LibraryPage />, { lang, path: `/project/${project.id}/library`, route: '/project/:projectId/library' });

describe('the areas seen through the Swedish edtech map and the Danish user-portal initiative', () => {
  it('describes the chosen area filter with its edtech map main area, processes and Danish building block', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const area = screen.getByLabelText('Area');
    expect(area).not.toHaveAttribute('aria-describedby');
    await user.selectOptions(area, 'identity-access');
    expect(area).toHaveAccessibleDescription(/Swedish edtech map: School owner \(Huvudman\); processes: Identity management, Federated login/);
    expect(area).toHaveAccessibleDescription(/Danish user-portal initiative: building block 6, Common public infrastructure/);
    await user.selectOptions(area, 'ai-in-learning');
    expect(area).toHaveAccessibleDescription(/Swedish edtech map: AI functionality in learning/);
    expect(area).not.toHaveAccessibleDescription(/building block/);
  });

  it("shows both lenses for each of a template's areas in its detail, in the user's language", async () => {
    const user = userEvent.setup();
    await openLibrary('da');
    await user.type(screen.getByLabelText('Søg i skabelonerne'), 'underdatabehandler');
    const title = library().templates.get('privacy.subprocessor-authorisation')!.template.title.da!;
    await user.click(await screen.findByRole('button', { name: title }));
    const detail = document.querySelector<HTMLElement>('.template-detail')!;
    const areas = library().templates.get('privacy.subprocessor-authorisation')!.template.areas.map((a) => library().areas.get(a)!);
    const withMap = areas.find((a) => a.edtechMap)!;
    const lenses = within(detail).getAllByRole('listitem').map((li) => li.textContent);
    expect(lenses.some((l) => l?.startsWith('Den svenske Edtechkarta: ') && l.includes(withMap.edtechMap!.processes[0]!.da!))).toBe(true);
    const withBlock = areas.find((a) => a.dkBuildingBlock !== undefined);
    if (withBlock) expect(lenses).toContain(`Brugerportalsinitiativet: byggeblok ${withBlock.dkBuildingBlock}, ${['Dashboards', 'Samarbejdsplatform', 'Læringsplatform', 'Administrative systemer', 'Digitale læremidler', 'Fælles offentlig infrastruktur'][withBlock.dkBuildingBlock! - 1]}`);
  });

  it('has a name for every edtech map main area and Danish building block the built-in areas use, in all three languages', () => {
    for (const lang of ['sv', 'da', 'en']) {
      const m = JSON.parse(readFileSync(`src/i18n/locales/${lang}/library.json`, 'utf8')) as { mainArea: Record<string, string>; dkBlock: Record<string, string> };
      for (const a of library().areas.values()) {
        if (a.edtechMap) expect(m.mainArea[a.edtechMap.mainArea], `${lang} ${a.id}`).toBeTruthy();
        if (a.dkBuildingBlock !== undefined) expect(m.dkBlock[String(a.dkBuildingBlock)], `${lang} ${a.id}`).toBeTruthy();
      }
    }
  });
});
