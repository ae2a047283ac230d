import { useState } from 'react';
import type { FileError, FileKind } from '../../domain/files/envelope';
import type { FileTypes } from '../../io/files/read-file';
import { FileErrorMessage } from './FileErrorMessage';
import { readTextFile } from './read-text-file';

/** What the caller made of a file that passed the format check: a message to show, or a reason to refuse it. */
export type ImportOutcome = { message: string } | { error: FileError };

/**
 * A file input for one kind of Kravkit file. Every import goes the same way: size limit, then
 * parse → envelope → migrate → validate; a refused file is shown with its JSON paths and the
 * caller is never called, so nothing in the browser changes.
 */
export function KravkitFileImport<K extends FileKind>({ kind, label, onRead }: { kind: K; label: string; onRead: (file: FileTypes[K]) => Promise<ImportOutcome> }) {
  const [refused, setRefused] = useState<{ error: FileError; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const read = async (file: File) => {
    setRefused(null);
    setMessage(null);
    const text = await readTextFile(file);
    if (!text.ok) return setRefused({ error: { code: 'file.tooLarge', limitBytes: text.limitBytes }, name: file.name });
    // The validators are large; load them only when a file is imported.
    const { readFileOfKind } = await import('../../io/files/read-file');
    const result = readFileOfKind(text.text, kind);
    if (!result.ok) return setRefused({ error: result.error, name: file.name });
    const outcome = await onRead(result.value);
    if ('error' in outcome) setRefused({ error: outcome.error, name: file.name });
    else setMessage(outcome.message);
  };

  return (
    <>
      <label className="file-input">
        <span>{label}</span>
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void read(file);
          }}
        />
      </label>
      {refused && <FileErrorMessage error={refused.error} fileName={refused.name} />}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </>
  );
}
