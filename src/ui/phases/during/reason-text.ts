import type { TFunction } from 'i18next';
import type { Catalogue } from '../../../domain/catalogue/catalogue';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { reasonFromString, type SuggestionReason } from '../../../domain/suggestion/suggest';
import { standardTitleOf } from '../../../domain/catalogue/standard-title';

/** One reason in words, with the area or standard by its name (its id if the library lacks it). */
export function reasonText(t: TFunction, reason: SuggestionReason, catalogue: Catalogue, lang: Language): string {
  switch (reason.code) {
    case 'area':
    case 'crossCutting':
      return t(`suggest.reason.${reason.code}`, { area: localized(catalogue.areas.get(reason.areaId)?.name, lang) || reason.areaId });
    case 'standard':
      return t('suggest.reason.standard', { standard: standardTitleOf(catalogue.standards, reason.standardId, lang) });
    case 'confidentiality':
    case 'integrity':
    case 'availability':
      return t(`suggest.reason.${reason.code}`, { level: reason.level });
    default:
      return t(`suggest.reason.${reason.code}`);
  }
}

/** "Suggested because …" for reasons as stored on a requirement; empty when none can be read. */
export function whySuggested(t: TFunction, stored: readonly string[] | undefined, catalogue: Catalogue, lang: Language): string {
  const reasons = (stored ?? []).map(reasonFromString).filter((r): r is SuggestionReason => r !== null);
  return whyText(t, reasons, catalogue, lang);
}

export function whyText(t: TFunction, reasons: readonly SuggestionReason[], catalogue: Catalogue, lang: Language): string {
  if (reasons.length === 0) return '';
  return t('suggest.why', { reasons: reasons.map((r) => reasonText(t, r, catalogue, lang)).join('; ') });
}
