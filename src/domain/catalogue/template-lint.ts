import { LANGUAGES, type RequirementTemplate } from '../model';
import { checkParameterValue, placeholdersIn } from '../requirement/parameters';

/** A content problem in one template that the schema alone cannot see. */
export interface TemplateProblem {
  templateId: string;
  code:
    | 'template.placeholderWithoutParameter'
    | 'template.parameterNotUsed'
    | 'template.defaultInvalid'
    | 'template.evidenceParameterUnknown'
    | 'template.duplicateParameter';
  detail: string;
}

/** Checks that a template's texts, parameters and evidence agree with each other. */
export function lintTemplate(t: RequirementTemplate): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const names = new Set<string>();
  for (const p of t.parameters) {
    if (names.has(p.name)) problems.push({ templateId: t.id, code: 'template.duplicateParameter', detail: p.name });
    names.add(p.name);
    const bad = checkParameterValue(p, p.default);
    if (bad) problems.push({ templateId: t.id, code: 'template.defaultInvalid', detail: `${p.name}: ${bad.code}` });
  }
  for (const lang of LANGUAGES) {
    const text = t.text[lang];
    if (text === undefined) continue;
    const used = new Set(placeholdersIn(text));
    for (const name of used) {
      if (!names.has(name)) {
        problems.push({ templateId: t.id, code: 'template.placeholderWithoutParameter', detail: `${lang}: {${name}}` });
      }
    }
    for (const name of names) {
      if (!used.has(name)) problems.push({ templateId: t.id, code: 'template.parameterNotUsed', detail: `${lang}: ${name}` });
    }
  }
  const evidenceParam = t.contractEvidence?.value?.parameter;
  if (evidenceParam && !names.has(evidenceParam)) {
    problems.push({ templateId: t.id, code: 'template.evidenceParameterUnknown', detail: evidenceParam });
  }
  return problems;
}
