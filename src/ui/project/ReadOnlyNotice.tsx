import { useTranslation } from 'react-i18next';
import { useKravkitStore } from '../../store';

/** Shown while another tab edits this project: nothing here is saved until the user takes over. */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const readOnly = useKravkitStore((s) => s.readOnly);
  if (!readOnly) return null;
  return (
    <div className="notice notice-warn read-only-notice" role="alert">
      <p>{t('tabs.readOnly')}</p>
      <button type="button" onClick={() => useKravkitStore.getState().takeOver()}>
        {t('tabs.takeOver')}
      </button>
    </div>
  );
}
