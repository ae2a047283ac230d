import { APP_NAME, APP_VERSION, type CheckReportFile, type CheckRun, type CheckStatus, type Finding, type Project } from '../model';

/** Conflicts and gaps first: they are what the buyer must act on before signing. */
export const STATUS_ORDER: readonly CheckStatus[] = ['conflict', 'missing', 'partial', 'met', 'not-applicable'];

/** The status the user sees: their override when they made one. */
export function effectiveStatus(f: Finding): CheckStatus {
  return f.override?.status ?? f.status;
}

/** Counts per status as the report shows them, the reviewer's overrides included; `run.summary` keeps the check's own. */
export function effectiveSummary(run: CheckRun): CheckRun['summary'] {
  const summary: CheckRun['summary'] = { met: 0, partial: 0, missing: 0, conflict: 0, 'not-applicable': 0 };
  for (const f of run.findings) summary[effectiveStatus(f)]++;
  return summary;
}

export function findingsByStatus(run: CheckRun): { status: CheckStatus; findings: Finding[] }[] {
  return STATUS_ORDER.map((status) => ({ status, findings: run.findings.filter((f) => effectiveStatus(f) === status) })).filter((g) => g.findings.length > 0);
}

export function checkReportFile(run: CheckRun, project?: Pick<Project, 'id' | 'title'>): CheckReportFile {
  const file: CheckReportFile = { kind: 'kravkit.check-report', formatVersion: 1, app: { name: APP_NAME, version: APP_VERSION }, run };
  if (project) {
    file.projectId = project.id.slice(0, 64);
    file.projectTitle = project.title.slice(0, 300);
  }
  return file;
}
