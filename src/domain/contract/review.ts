import type { CheckRun, CheckStatus, Finding, Project } from '../model';
import { STATUS_ORDER } from './report';

/** At most this many runs are kept in a project (the schema's limit); the oldest go first. */
export const MAX_RUNS = 200;

export function withCheckRun(project: Project, run: CheckRun): Project {
  return { ...project, checks: [...(project.checks ?? []), run].slice(-MAX_RUNS) };
}

export function withoutCheckRun(project: Project, runId: string): Project {
  return { ...project, checks: (project.checks ?? []).filter((r) => r.id !== runId) };
}

function mapRun(project: Project, runId: string, recipe: (run: CheckRun) => CheckRun): Project {
  return { ...project, checks: (project.checks ?? []).map((r) => (r.id === runId ? recipe(r) : r)) };
}

/** The reviewer's word on a finding: reviewed or not, and a status of their own with a note (null removes it). */
export interface FindingReview {
  reviewed?: boolean;
  override?: { status: CheckStatus; note?: string } | null;
}

export function reviewFinding(project: Project, runId: string, requirementUid: string, patch: FindingReview): Project {
  return mapRun(project, runId, (run) => ({
    ...run,
    findings: run.findings.map((f): Finding => {
      if (f.requirementUid !== requirementUid) return f;
      const next: Finding = { ...f };
      if (patch.reviewed !== undefined) next.reviewed = patch.reviewed;
      if (patch.override === null || (patch.override && patch.override.status === f.status && !patch.override.note)) delete next.override;
      else if (patch.override) next.override = patch.override.note ? { status: patch.override.status, note: patch.override.note.slice(0, 5000) } : { status: patch.override.status };
      return next;
    }),
  }));
}

export function reviewRisk(project: Project, runId: string, index: number, reviewed: boolean): Project {
  return mapRun(project, runId, (run) => ({ ...run, risks: run.risks.map((r, i) => (i === index ? { ...r, reviewed } : r)) }));
}

/** Findings to show: by status in report order, then filtered. */
export function filterFindings(run: CheckRun, filter: { status?: CheckStatus; unreviewedOnly?: boolean; query?: string }): Finding[] {
  const q = filter.query?.trim().toLowerCase();
  return run.findings
    .filter((f) => !filter.status || (f.override?.status ?? f.status) === filter.status)
    .filter((f) => !filter.unreviewedOnly || !f.reviewed)
    .filter((f) => !q || f.title.toLowerCase().includes(q) || f.evidence.some((e) => e.excerpt.toLowerCase().includes(q)))
    .sort((a, b) => STATUS_ORDER.indexOf(a.override?.status ?? a.status) - STATUS_ORDER.indexOf(b.override?.status ?? b.status));
}
