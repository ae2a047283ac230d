import { useTranslation } from 'react-i18next';
import type { CheckRun, Project } from '../../../domain/model';
import { DocumentExportButton } from '../export/DocumentExportButton';

/** The check report as Word, written in the project's language like every Kravkit document. */
export function DocxReportButton({ run, project, numbers }: { run: CheckRun; project: Project; numbers: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('contract');
  return (
    <DocumentExportButton
      label={t('page.exportDocx')}
      lang={project.language}
      task={async ({ t: docT, lang, onStage }) => {
        const writer = await import('../../../io/docx');
        onStage('building');
        const doc = writer.checkReportDocument({ run, project, numbers, lang, t: docT });
        return { blob: await writer.toBlob(doc), fileName: writer.exportFileName(`${docT('export:kind.checkReport')} ${run.contract.name.replace(/\.[^.]+$/, '')}`, project) };
      }}
    />
  );
}
