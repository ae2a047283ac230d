import { useTranslation } from 'react-i18next';
import type { CheckRun, Project } from '../../../domain/model';
import { downloadBlob } from '../../common/download';

// The Word writer lives in src/io/docx/ (a colleague's); it is offered only when its check-report
// exporter exists, and loaded only when pressed.
const exporters = import.meta.glob<{ exportCheckReportDocx?: (run: CheckRun, project: Project, lang: string) => Promise<Blob> }>('../../../io/docx/check-report*.ts');

export function DocxReportButton({ run, project }: { run: CheckRun; project: Project }) {
  const { t, i18n } = useTranslation('contract');
  const load = Object.values(exporters)[0];
  if (!load) return null;
  return (
    <button
      type="button"
      onClick={async () => {
        const mod = await load();
        if (!mod.exportCheckReportDocx) return;
        const blob = await mod.exportCheckReportDocx(run, project, i18n.language);
        downloadBlob(blob, `${run.contract.name.replace(/\.[^.]+$/, '')}.check-report.docx`);
      }}
    >
      {t('page.exportDocx')}
    </button>
  );
}
