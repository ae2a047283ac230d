import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../io/contract/read-result';

export type ContractSource = { kind: 'file'; file: File } | { kind: 'paste'; text: string };

/** Where the contract comes in: drop a file, choose one, or paste the text. */
export function ContractDrop({ busy, onSource }: { busy: boolean; onSource: (s: ContractSource) => void }) {
  const { t } = useTranslation('contract');
  const [over, setOver] = useState(false);
  const [text, setText] = useState('');
  const inputId = useId();
  const pasteId = useId();
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (file && !busy) onSource({ kind: 'file', file });
  };
  return (
    <section className="card" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`} className="visually-hidden">
        {t('page.check')}
      </h2>
      <div
        className={`contract-drop${over ? ' contract-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>{t('page.drop')}</p>
        <label htmlFor={inputId} className="button">
          {t('page.choose')}
        </label>
        <input
          id={inputId}
          type="file"
          className="visually-hidden"
          accept=".docx,.pdf,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain,text/markdown"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onSource({ kind: 'file', file });
            e.target.value = '';
          }}
        />
        <p className="hint">{t('page.limits', { mb: Math.round(LIMITS.fileBytes / (1024 * 1024)) })}</p>
      </div>
      <details>
        <summary>{t('page.orPaste')}</summary>
        <div className="field">
          <label htmlFor={pasteId}>{t('page.pasteLabel')}</label>
          <textarea id={pasteId} rows={10} value={text} onChange={(e) => setText(e.target.value)} maxLength={LIMITS.textChars} />
        </div>
        <button type="button" disabled={busy || !text.trim()} onClick={() => onSource({ kind: 'paste', text })}>
          {t('page.check')}
        </button>
      </details>
    </section>
  );
}
