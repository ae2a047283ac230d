import { useTranslation } from 'react-i18next';
import type { FileError } from '../../domain/files/envelope';
import { describeFileError } from '../../i18n/file-errors';

/** A refused file: what is wrong, and for schema errors each JSON path. */
export function FileErrorMessage({ error, fileName }: { error: FileError; fileName: string }) {
  const { t } = useTranslation();
  const { headline, details } = describeFileError(error, t);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        <strong>{t('files:refused', { file: fileName })}</strong> {headline}
      </p>
      {details.length > 0 && (
        <ul className="error-details">
          {details.map((d, i) => (
            <li key={i}>
              <code>{d}</code>
            </li>
          ))}
        </ul>
      )}
      <p>{t('files:untouched')}</p>
    </div>
  );
}
