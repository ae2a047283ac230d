import { useTranslation } from 'react-i18next';
import type { Language } from '../../domain/model';
import { UI_LANGUAGES } from '../../i18n';
import { rememberLanguage } from './language';
import { switchLanguage } from '../../i18n/language-loading';

const NAMES: Record<Language, string> = { sv: 'Svenska', da: 'Dansk', en: 'English' };

/** Each language named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch">
      <label htmlFor="ui-language">{t('language')}</label>
      <select
        id="ui-language"
        value={i18n.language}
        onChange={(e) => {
          const lang = e.target.value as Language;
          rememberLanguage(lang);
          void switchLanguage(i18n, lang);
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
