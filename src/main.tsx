import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from './i18n';
import { bundledResources } from './i18n/resources';
import { initialLanguage, applyDocumentLanguage } from './ui/app/language';
import { App } from './ui/app/App';
import { installPageLifecycle } from './ui/app/lifecycle';
import './ui/styles.css';

async function start(): Promise<void> {
  const lang = initialLanguage();
  const i18n = await createI18n(await bundledResources(lang), lang);
  applyDocumentLanguage(lang);
  i18n.on('languageChanged', (l) => applyDocumentLanguage(l as never));
  installPageLifecycle();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
