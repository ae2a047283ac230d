import type { Catalogue } from '../catalogue/catalogue';
import type { ChecklistItem, ChecklistState, Phase, Project, Role } from '../model';

/** A checklist item of the catalogue or the team's own, with the project's state of it. */
export interface ChecklistEntry {
  id: string;
  phase: Phase;
  role: Role;
  group?: ChecklistItem['group'];
  item?: ChecklistItem;
  customText?: string;
  state: ChecklistState;
}

const OPEN: ChecklistState = { status: 'open' };

export function checklistEntries(project: Project, catalogue: Catalogue, phase?: Phase): ChecklistEntry[] {
  const fromCatalogue = catalogue.checklist
    .filter((c) => !phase || c.phase === phase)
    .map((c): ChecklistEntry => ({ id: c.id, phase: c.phase, role: c.role, group: c.group, item: c, state: project.checklist[c.id] ?? OPEN }));
  const own = (project.customChecklist ?? [])
    .filter((c) => !phase || c.phase === phase)
    .map((c): ChecklistEntry => ({ id: c.id, phase: c.phase, role: c.role, customText: c.text, state: project.checklist[c.id] ?? OPEN }));
  return [...fromCatalogue, ...own];
}

/** Done or not applicable counts as settled. */
export function isSettled(state: ChecklistState): boolean {
  return state.status === 'done' || state.status === 'not-applicable';
}

export interface PhaseProgress {
  settled: number;
  total: number;
}

export function phaseProgress(project: Project, catalogue: Catalogue): Record<Phase, PhaseProgress> {
  const out: Record<Phase, PhaseProgress> = { before: { settled: 0, total: 0 }, during: { settled: 0, total: 0 }, after: { settled: 0, total: 0 } };
  for (const e of checklistEntries(project, catalogue)) {
    out[e.phase].total++;
    if (isSettled(e.state)) out[e.phase].settled++;
  }
  return out;
}

/** Open items first (by phase order), then settled ones: what the school leader must look at. */
export function reviewOrder(entries: readonly ChecklistEntry[]): ChecklistEntry[] {
  const phaseRank: Record<Phase, number> = { before: 0, during: 1, after: 2 };
  return [...entries].sort((a, b) => Number(isSettled(a.state)) - Number(isSettled(b.state)) || phaseRank[a.phase] - phaseRank[b.phase]);
}

export function setChecklistState(project: Project, id: string, patch: Partial<ChecklistState>): Project {
  const prior = project.checklist[id] ?? OPEN;
  return { ...project, checklist: { ...project.checklist, [id]: { ...prior, ...patch } } };
}
