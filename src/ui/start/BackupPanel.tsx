import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planRestore, toBackupFile } from '../../domain/files/backup';
import type { FileError } from '../../domain/files/envelope';
import type { Project } from '../../domain/model';
import { projectRepository } from '../../io/storage/project-repository';
import { nowIso, useKravkitStore } from '../../store';
import { downloadJson } from '../common/download';
import { FileErrorMessage } from '../common/FileErrorMessage';
import { readTextFile } from '../common/read-text-file';

/** Every project and imported pack in one file, and back. */
export function BackupPanel() {
  const { t } = useTranslation();
  const [error, setError] = useState<{ error: FileError; name: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const exportAll = async () => {
    await useKravkitStore.getState().flush();
    const summaries = await projectRepository.list();
    const records = await projectRepository.loadAll(summaries.map((s) => s.id));
    const projects = records.filter((r): r is NonNullable<typeof r> => r !== undefined).map((r) => r.project);
    const packs = await projectRepository.userPacks();
    downloadJson(toBackupFile(projects, packs, nowIso()), `kravkit-backup-${nowIso().slice(0, 10)}.json`);
  };

  const restore = async (file: File) => {
    setError(null);
    setMessage(null);
    const read = await readTextFile(file);
    if (!read.ok) return setError({ error: { code: 'file.tooLarge', limitBytes: read.limitBytes }, name: file.name });
    const { readFileOfKind } = await import('../../io/files/read-file');
    const result = readFileOfKind(read.text, 'kravkit.backup');
    if (!result.ok) return setError({ error: result.error, name: file.name });
    const stored = new Map((await projectRepository.list()).map((s) => [s.id, s]));
    const plan = planRestore(result.value, stored);
    for (const project of plan.write) await projectRepository.save({ version: result.value.formatVersion, project: project as Project });
    const packs = await projectRepository.userPacks();
    const newPacks = (result.value.packs ?? []).filter((p) => !packs.some((q) => q.pack.id === p.pack.id));
    if (newPacks.length) {
      await projectRepository.setUserPacks([...packs, ...newPacks]);
      useKravkitStore.setState({ catalogue: null });
    }
    await useKravkitStore.getState().loadProjects();
    setMessage(t('backup.restored', { count: plan.write.length, kept: plan.keptNewer.length, packs: newPacks.length }));
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      <div className="row-actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('backup.export')}
        </button>
        <label className="file-input">
          <span>{t('backup.restore')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void restore(file);
            }}
          />
        </label>
      </div>
      {error && <FileErrorMessage error={error.error} fileName={error.name} />}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
