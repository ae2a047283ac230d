import { useTranslation } from 'react-i18next';
import { toBackupFile } from '../../domain/files/backup';
import type { BackupFile } from '../../domain/model';
import { projectRepository } from '../../io/storage/project-repository';
import { nowIso, useKravkitStore } from '../../store';
import { downloadJson } from '../common/download';
import { KravkitFileImport, type ImportOutcome } from '../common/KravkitFileImport';

/** Every project and imported pack in one file, and back. */
export function BackupPanel() {
  const { t } = useTranslation();

  const exportAll = async () => {
    await useKravkitStore.getState().flush();
    const summaries = await projectRepository.list();
    const records = await projectRepository.loadAll(summaries.map((s) => s.id));
    const projects = records.filter((r): r is NonNullable<typeof r> => r !== undefined).map((r) => r.project);
    const packs = await projectRepository.userPacks();
    downloadJson(toBackupFile(projects, packs, nowIso()), `kravkit-backup-${nowIso().slice(0, 10)}.json`);
  };

  const restore = async (backup: BackupFile): Promise<ImportOutcome> => {
    const r = await useKravkitStore.getState().restoreBackup(backup);
    const restored = t('backup.restored', { count: r.written, kept: r.keptNewer.length, packs: r.packs });
    return { message: r.keptOpen.length ? `${restored} ${t('backup.keptOpen', { count: r.keptOpen.length, titles: r.keptOpen.join(', ') })}` : restored };
  };

  return (
    <section aria-labelledby="backup-title">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <p>{t('backup.help')}</p>
      <div className="row-actions">
        <button type="button" onClick={() => void exportAll()}>
          {t('backup.export')}
        </button>
      </div>
      <KravkitFileImport kind="kravkit.backup" label={t('backup.restore')} onRead={restore} />
    </section>
  );
}
