import type { Project, ProjectFile } from '../model';
import { APP_STAMP, CURRENT_FORMAT } from './envelope';

/** A project wrapped in the file envelope, ready to be written as JSON. */
export function toProjectFile(project: Project, savedAt: string): ProjectFile {
  return {
    kind: 'kravkit.project',
    formatVersion: CURRENT_FORMAT['kravkit.project'] as 1,
    app: APP_STAMP,
    savedAt,
    project,
  };
}

/** A file name a person recognises: the title, made safe for every file system. */
export function fileNameFor(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return `${base || 'kravkit'}.${extension}`;
}
