import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/model';
import type { DocText } from '../../../io/docx';
import { downloadBlob } from '../../common/download';
import { documentTranslator } from './document-text';

export type ExportStage = 'loading' | 'assembling' | 'building' | 'packing';
const STAGES: readonly ExportStage[] = ['loading', 'assembling', 'building', 'packing'];

/** Writes one document: given the document language's text, reports its stages and returns the file. */
export type DocumentTask = (ctx: { t: DocText; lang: Language; onStage: (stage: ExportStage) => void }) => Promise<{ blob: Blob; fileName: string }>;

type ExportState = { kind: 'idle' } | { kind: 'running'; stage: ExportStage } | { kind: 'done'; fileName: string } | { kind: 'failed'; reason: string };

export interface DocumentAction {
  label: string;
  task: DocumentTask;
}

/**
 * A button that writes a Word document in the project's language (which may differ from the
 * interface's) and downloads it. While it runs the button is disabled and the stage announced, so
 * it cannot start twice; a failure is said in the interface language and changes nothing.
 */
export function DocumentExportButton({ label, task, ...rest }: { label: string; lang: Language; task: DocumentTask; disabled?: boolean; hint?: string }) {
  return <DocumentExportButtons actions={[{ label, task }]} {...rest} />;
}

/**
 * Several documents of one place (the specification and the response form alone) as buttons
 * sharing one status line: while any of them runs all are disabled, so no two exports overlap, and
 * screen readers hear one live region rather than one per button.
 */
export function DocumentExportButtons({ actions, lang, disabled = false, hint }: { actions: readonly DocumentAction[]; lang: Language; disabled?: boolean; hint?: string }) {
  const { t, i18n } = useTranslation('export');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef(false);
  const statusId = useId();

  async function run(task: DocumentTask) {
    if (running.current || disabled) return;
    running.current = true;
    setState({ kind: 'running', stage: 'loading' });
    try {
      const docT = await documentTranslator(i18n, lang);
      const { blob, fileName } = await task({ t: docT, lang, onStage: (stage) => setState({ kind: 'running', stage }) });
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
      {actions.map(({ label, task }, i) => (
        <span key={label}>
          {i > 0 && ' '}
          <button type="button" className="primary" onClick={() => void run(task)} disabled={busy || disabled} aria-busy={busy} aria-describedby={statusId}>
            {label}
          </button>
        </span>
      ))}
      <div id={statusId} role="status" aria-live="polite" className="export-status">
        {state.kind === 'running' && (
          <>
            <progress max={STAGES.length} value={STAGES.indexOf(state.stage) + 1} aria-label={t('ui.progress')} /> {t(`ui.stage.${state.stage}`)}
          </>
        )}
        {state.kind === 'done' && t('ui.done', { file: state.fileName })}
        {hint}
      </div>
      {state.kind === 'failed' && (
        <p className="notice notice-error" role="alert">
          {t('ui.failed', { reason: state.reason })}
        </p>
      )}
    </div>
  );
}
