import { useTranslation } from 'react-i18next';
import { useCatalogue, useProject } from '../../../store';
import type { ExportWhat } from '../../../io/docx';
import { DocumentExportButtons, type DocumentTask } from './DocumentExportButton';

/**
 * Exports the open project as Word: the specification with its response form, or the response
 * form alone for bidders to fill in (During), or the checklists (Review). The `docx` writer is fetched only when the button is pressed.
 */
export function ExportButtons({ what }: { what: ExportWhat | readonly ExportWhat[] }) {
  const { t } = useTranslation('export');
  const project = useProject();
  const catalogue = useCatalogue();

  const task =
    (kind: ExportWhat): DocumentTask =>
    async ({ t: docT, lang, onStage }) => {
      const writer = await import('../../../io/docx');
      const doc = await writer.buildExportDocument({ what: kind, project, catalogue: catalogue!, lang, t: docT, onStage });
      onStage('packing');
      // Let the stage paint before the packing blocks the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { blob: await writer.toBlob(doc), fileName: writer.exportFileName(docT(`export:kind.${kind}`), project) };
    };

  const kinds: readonly ExportWhat[] = typeof what === 'string' ? [what] : what;
  return (
    <DocumentExportButtons
      actions={kinds.map((kind) => ({ label: t(`ui.button.${kind}`), task: task(kind) }))}
      lang={project.language}
      disabled={!catalogue}
      hint={catalogue ? undefined : t('ui.noCatalogue')}
    />
  );
}

export default ExportButtons;
