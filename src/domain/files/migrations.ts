import type { FileKind } from './envelope';

/**
 * Migrations per file kind: entry i lifts a file from formatVersion i+1 to i+2. Every version ever
 * shipped keeps its migration and a fixture in tests/fixtures/files/, so old files always open.
 * formatVersion 1 is the first shipped version of every kind, so the lists start empty.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<FileKind, Migration[]> = {
  'kravkit.project': [],
  'kravkit.template-pack': [],
  'kravkit.check-report': [],
  'kravkit.backup': [],
};

export function migrate(kind: FileKind, data: Record<string, unknown>, from: number): Record<string, unknown> {
  let out = data;
  const steps = MIGRATIONS[kind];
  for (let v = from; v <= steps.length; v++) {
    out = { ...steps[v - 1](out), formatVersion: v + 1 };
  }
  return out;
}
