import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue, useProject } from '../../../store';
import { downloadBlob } from '../../common/download';
import { documentTranslator } from './document-text';

type Stage = 'loading' | 'assembling' | 'building' | 'packing';
const STAGES: readonly Stage[] = ['loading', 'assembling', 'building', 'packing'];

type ExportState = { kind: 'idle' } | { kind: 'running'; stage: Stage } | { kind: 'done'; fileName: string } | { kind: 'failed'; reason: string };

/**
 * Exports the open project as Word: the specification with its response form (During) or the
 * checklists (Review). The `docx` writer is fetched only when the button is pressed; while an
 * export runs the button is disabled and the stage is announced, so it cannot start twice.
 */
export function ExportButtons({ what }: { what: 'specification' | 'checklists' }) {
  const { t, i18n } = useTranslation('export');
  const project = useProject();
  const catalogue = useCatalogue();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef(false);
  const statusId = useId();

  async function run() {
    if (running.current || !catalogue) return;
    running.current = true;
    setState({ kind: 'running', stage: 'loading' });
    try {
      const [writer, docT] = await Promise.all([import('../../../io/docx'), documentTranslator(i18n, project.language)]);
      const doc = await writer.buildExportDocument({
        what,
        project,
        catalogue,
        lang: project.language,
        t: docT,
        onStage: (stage) => setState({ kind: 'running', stage }),
      });
      setState({ kind: 'running', stage: 'packing' });
      await new Promise((resolve) => setTimeout(resolve, 0));
      const blob = await writer.toBlob(doc);
      const fileName = writer.exportFileName(docT(`export:kind.${what}`), project);
      downloadBlob(blob, fileName);
      setState({ kind: 'done', fileName });
    } catch (e) {
      setState({ kind: 'failed', reason: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  }

  const busy = state.kind === 'running';
  return (
    <div className="export-buttons">
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || !catalogue} aria-busy={busy} aria-describedby={statusId}>
        {t(`ui.button.${what}`)}
      </button>
      <div id={statusId} role="status" aria-live="polite" className="export-status">
        {state.kind === 'running' && (
          <>
            <progress max={STAGES.length} value={STAGES.indexOf(state.stage) + 1} aria-label={t('ui.progress')} /> {t(`ui.stage.${state.stage}`)}
          </>
        )}
        {state.kind === 'done' && t('ui.done', { file: state.fileName })}
        {!catalogue && t('ui.noCatalogue')}
      </div>
      {state.kind === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('ui.failed', { reason: state.reason })}
        </p>
      )}
    </div>
  );
}

export default ExportButtons;
