import { useTranslation } from 'react-i18next';
import { useCatalogue, useProject } from '../../../store';
import { DocumentExportButton, type DocumentTask } from './DocumentExportButton';

/**
 * Exports the open project as Word: the specification with its response form (During) or the
 * checklists (Review). The `docx` writer is fetched only when the button is pressed.
 */
export function ExportButtons({ what }: { what: 'specification' | 'checklists' }) {
  const { t } = useTranslation('export');
  const project = useProject();
  const catalogue = useCatalogue();

  const task: DocumentTask = async ({ t: docT, lang, onStage }) => {
    const writer = await import('../../../io/docx');
    const doc = await writer.buildExportDocument({ what, project, catalogue: catalogue!, lang, t: docT, onStage });
    onStage('packing');
    // Let the stage paint before the packing blocks the thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { blob: await writer.toBlob(doc), fileName: writer.exportFileName(docT(`export:kind.${what}`), project) };
  };

  return <DocumentExportButton label={t(`ui.button.${what}`)} lang={project.language} task={task} disabled={!catalogue} hint={catalogue ? undefined : t('ui.noCatalogue')} />;
}

export default ExportButtons;
