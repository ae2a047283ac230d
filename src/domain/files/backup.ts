import type { BackupFile, Project, TemplatePackFile } from '../model';
import { APP_STAMP, CURRENT_FORMAT } from './envelope';

export function toBackupFile(projects: Project[], packs: TemplatePackFile[], savedAt: string): BackupFile {
  return { kind: 'kravkit.backup', formatVersion: CURRENT_FORMAT['kravkit.backup'] as 1, app: APP_STAMP, savedAt, projects, packs };
}

export interface RestorePlan {
  /** Projects to write: new ones, and ones whose backup copy is newer than what is stored. */
  write: Project[];
  /** Projects kept as they are because the stored copy is as new or newer. */
  keptNewer: string[];
}

/**
 * What restoring a backup does: never overwrite newer work. A project is restored when it is not
 * stored, or when the backup's copy was changed later than the stored one.
 */
export function planRestore(backup: BackupFile, stored: ReadonlyMap<string, { updatedAt: string }>): RestorePlan {
  const write: Project[] = [];
  const keptNewer: string[] = [];
  for (const p of backup.projects) {
    const existing = stored.get(p.id);
    if (!existing || existing.updatedAt < p.updatedAt) write.push(p);
    else keptNewer.push(p.title);
  }
  return { write, keptNewer };
}
