import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckRun, Project } from '../../../domain/model';
import { downloadBlob } from '../../common/download';
import { documentTranslator } from '../export/document-text';

/**
 * The check report as Word, written in the project's language. The `docx` writer (src/io/docx) is
 * fetched only when the button is pressed, so it stays out of the page's own bundle.
 */
export function DocxReportButton({ run, project, numbers }: { run: CheckRun; project: Project; numbers: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('contract');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const exportDocx = async () => {
    setBusy(true);
    setFailed(undefined);
    try {
      const [writer, docT] = await Promise.all([import('../../../io/docx'), documentTranslator(i18n, project.language)]);
      const doc = writer.checkReportDocument({ run, project, numbers, lang: project.language, t: docT });
      downloadBlob(await writer.toBlob(doc), writer.exportFileName(`${docT('export:kind.checkReport')} ${run.contract.name.replace(/\.[^.]+$/, '')}`, project));
    } catch (e) {
      setFailed(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void exportDocx()} disabled={busy} aria-busy={busy}>
        {t('page.exportDocx')}
      </button>
      {failed && (
        <span role="alert" className="field-error">
          {failed}
        </span>
      )}
    </>
  );
}
