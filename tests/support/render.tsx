import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createI18n } from '../../src/i18n';
import { bundledResources } from '../../src/i18n/resources';
import type { Language } from '../../src/domain/model';

/** Renders UI with the real i18n catalogue and a router at the given path. */
export async function renderWithApp(ui: ReactElement, { lang = 'en' as Language, path = '/', route = '*' } = {}) {
  const i18n = await createI18n(await bundledResources(lang), lang);
  const result = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={ui} />
          <Route path="*" element={<p>elsewhere</p>} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { ...result, i18n };
}
