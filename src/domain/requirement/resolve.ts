import type { Catalogue } from '../catalogue/catalogue';
import type {
  ContractEvidence,
  Language,
  Parameter,
  ParameterValue,
  RequirementTemplate,
  SelectedRequirement,
} from '../model';
import { localized } from './localized';
import { effectiveValues, renderText } from './parameters';

/**
 * A requirement as the specification states it: the template (if any) resolved against the
 * catalogue, parameters filled in, local wording applied, in one language.
 */
export interface ResolvedRequirement {
  uid: string;
  selected: SelectedRequirement;
  template?: RequirementTemplate;
  packId?: string;
  /** The template was referenced but is not in the catalogue (e.g. its pack was removed). */
  templateMissing: boolean;
  /** The catalogue holds a newer version than the project chose. */
  newerVersion?: string;
  title: string;
  text: string;
  motive: string;
  verification: string;
  kind: 'must' | 'should';
  weight?: number;
  category: string;
  areas: string[];
  standards: string[];
  checkedAt: 'evaluation' | 'contract' | 'both';
  parameters: readonly Parameter[];
  values: Record<string, ParameterValue>;
  contractEvidence?: ContractEvidence;
  custom: boolean;
  edited: boolean;
}

export function resolveRequirement(
  sel: SelectedRequirement,
  catalogue: Catalogue,
  lang: Language,
): ResolvedRequirement {
  if (sel.custom) {
    return {
      uid: sel.uid,
      selected: sel,
      templateMissing: false,
      title: sel.custom.title,
      text: sel.custom.text,
      motive: sel.custom.motive ?? '',
      verification: sel.custom.verification ?? '',
      kind: sel.kind,
      weight: sel.weight,
      category: sel.custom.category ?? 'functional',
      areas: sel.custom.area ? [sel.custom.area] : [],
      standards: [],
      checkedAt: sel.custom.checkedAt ?? 'both',
      parameters: [],
      values: {},
      custom: true,
      edited: false,
    };
  }
  const entry = sel.templateId ? catalogue.templates.get(sel.templateId) : undefined;
  const t = entry?.template;
  if (!t) {
    return {
      uid: sel.uid,
      selected: sel,
      templateMissing: true,
      title: sel.templateId ?? sel.uid,
      text: sel.textOverride ?? '',
      motive: '',
      verification: '',
      kind: sel.kind,
      weight: sel.weight,
      category: 'functional',
      areas: [],
      standards: [],
      checkedAt: 'both',
      parameters: [],
      values: { ...sel.values },
      custom: false,
      edited: sel.textOverride !== undefined,
    };
  }
  const values = effectiveValues(t.parameters, sel.values);
  const source = sel.textOverride ?? localized(t.text, lang);
  return {
    uid: sel.uid,
    selected: sel,
    template: t,
    packId: entry.packId,
    templateMissing: false,
    newerVersion: t.version !== sel.templateVersion ? t.version : undefined,
    title: localized(t.title, lang),
    text: renderText(source, t.parameters, values, lang),
    motive: localized(t.motive, lang),
    verification: localized(t.verification, lang),
    kind: sel.kind,
    weight: sel.weight,
    category: t.category,
    areas: t.areas,
    standards: t.standards,
    checkedAt: t.checkedAt,
    parameters: t.parameters,
    values,
    contractEvidence: t.contractEvidence,
    custom: false,
    edited: sel.textOverride !== undefined && sel.textOverride !== localized(t.text, lang),
  };
}

export function resolveRequirements(
  selected: readonly SelectedRequirement[],
  catalogue: Catalogue,
  lang: Language,
): ResolvedRequirement[] {
  return selected.map((s) => resolveRequirement(s, catalogue, lang));
}
