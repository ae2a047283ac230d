import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n';
import type { Language } from '../../domain/model';

const REVIEWED = '2026-11-28';

export default function AccessibilityStatement() {
  const { t, i18n } = useTranslation('statement');
  const gaps = t('gaps.items', { returnObjects: true }) as string[];
  return (
    <article className="statement">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <h2>{t('status.title')}</h2>
      <p>{t('status.text')}</p>
      <h2>{t('testing.title')}</h2>
      <p>{t('testing.text')}</p>
      <h2>{t('gaps.title')}</h2>
      <ul>
        {gaps.map((g) => (
          <li key={g}>{g}</li>
        ))}
      </ul>
      <h2>{t('feedback.title')}</h2>
      <p>{t('feedback.text')}</p>
      <h2>{t('enforcement.title')}</h2>
      <p>{t('enforcement.text')}</p>
      <p>{t('date', { date: formatDate(REVIEWED, i18n.language as Language) })}</p>
    </article>
  );
}
