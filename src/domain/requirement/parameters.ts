import type { Language, Parameter, ParameterValue } from '../model';
import { localized } from './localized';

/** A parameter value problem, as a stable code the UI translates. */
export type ParameterProblem =
  | { code: 'param.required'; name: string }
  | { code: 'param.notInteger'; name: string }
  | { code: 'param.notNumber'; name: string }
  | { code: 'param.belowMin'; name: string; min: number }
  | { code: 'param.aboveMax'; name: string; max: number }
  | { code: 'param.notAnOption'; name: string };

const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]{0,39})\}/g;

/** The names a text refers to as {name}. */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

export function checkParameterValue(param: Parameter, value: ParameterValue | undefined): ParameterProblem | null {
  const name = param.name;
  if (value === undefined || value === '') return { code: 'param.required', name };
  switch (param.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'));
      if (!Number.isFinite(n)) return { code: 'param.notNumber', name };
      if (param.type === 'integer' && !Number.isInteger(n)) return { code: 'param.notInteger', name };
      if (param.min !== undefined && n < param.min) return { code: 'param.belowMin', name, min: param.min };
      if (param.max !== undefined && n > param.max) return { code: 'param.aboveMax', name, max: param.max };
      return null;
    }
    case 'enum':
      return param.options?.some((o) => o.value === value) ? null : { code: 'param.notAnOption', name };
    case 'text':
      return null;
  }
}

/** The value in force: the project's value when given, else the template's default. */
export function effectiveValues(
  params: readonly Parameter[],
  values: Record<string, ParameterValue> | undefined,
): Record<string, ParameterValue> {
  const out: Record<string, ParameterValue> = {};
  for (const p of params) out[p.name] = values?.[p.name] ?? p.default;
  return out;
}

const LOCALE: Record<Language, string> = { sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };

// Building an Intl.NumberFormat costs far more than using one; a 1,000-requirement export formats thousands of values.
const formats = new Map<Language, Intl.NumberFormat>();
function numberFormat(lang: Language): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 3 })));
  return f;
}

/** How a value reads inside a sentence in the given language. */
export function formatParameterValue(param: Parameter | undefined, value: ParameterValue, lang: Language): string {
  if (param?.type === 'enum') {
    const option = param.options?.find((o) => o.value === value);
    return option ? localized(option.label, lang) : String(value);
  }
  if (typeof value === 'number') return numberFormat(lang).format(value);
  return String(value);
}

/**
 * Fills a requirement text's {placeholders}. A placeholder with no parameter and no value stays
 * visible as {name}, so the gap is seen rather than silently dropped.
 */
export function renderText(
  text: string,
  params: readonly Parameter[],
  values: Record<string, ParameterValue> | undefined,
  lang: Language,
): string {
  const effective = effectiveValues(params, values);
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = effective[name] ?? values?.[name];
    if (value === undefined || value === '') return whole;
    return formatParameterValue(
      params.find((p) => p.name === name),
      value,
      lang,
    );
  });
}
