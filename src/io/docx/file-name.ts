import { APP_NAME, type Project } from '../../domain/model';
import { cleanText } from './clean-text';

/**
 * A file name that every file system accepts, led by the translated kind of document:
 * "Kravspecifikation UH-2026-014 Lärplattform 2027.docx". Free of docx, so a CSV download can
 * name its file without loading the Word writer.
 */
export function exportFileName(kind: string, project: Pick<Project, 'title' | 'reference'>, extension = 'docx'): string {
  const raw = [kind, project.reference, project.title].filter(Boolean).join(' ');
  const safe = cleanText(raw)
    .replace(/[\\/:*?"<>|\u007F]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120)
    .replace(/[. ]+$/, '');
  // Only when the kind itself is empty: the product's name, the same in every language.
  return `${safe || APP_NAME}.${extension}`;
}
