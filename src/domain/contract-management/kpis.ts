import type { Catalogue } from '../catalogue/catalogue';
import type { Language, Project } from '../model';
import { localized } from '../requirement/localized';
import { formatParameterValue } from '../requirement/parameters';
import { resolveRequirements } from '../requirement/resolve';

export interface Kpi {
  uid: string;
  title: string;
  measure: string;
  value: string;
  unit?: string;
  text: string;
}

const FOLLOWED_UP = new Set(['service-level', 'support', 'security', 'privacy', 'exit']);

/**
 * What to follow up during the contract: every numeric parameter of a requirement that is checked
 * during the contract (availability, response times, notification deadlines…).
 */
export function kpisFrom(project: Project, catalogue: Catalogue, lang: Language): Kpi[] {
  const out: Kpi[] = [];
  for (const r of resolveRequirements(project.requirements, catalogue, lang)) {
    if (r.checkedAt === 'evaluation' || !FOLLOWED_UP.has(r.category)) continue;
    for (const p of r.parameters) {
      if (p.type !== 'integer' && p.type !== 'decimal') continue;
      out.push({ uid: r.uid, title: r.title, measure: localized(p.label, lang), value: formatParameterValue(p, r.values[p.name], lang), unit: p.unit, text: r.text });
    }
  }
  return out;
}
