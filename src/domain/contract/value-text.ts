import type { Finding } from '../model';

type Value = NonNullable<Finding['found']>;

/**
 * How to say a value in words: an i18n key under `contract:value` and its arguments. Durations are
 * stated in the largest whole unit (720 hours → 30 days), places by their codes.
 */
export function valueMessage(v: Value): { key: string; args: Record<string, string | number> } {
  switch (v.kind) {
    case 'duration': {
      const h = v.amount ?? 0;
      if (h >= 24 * 7 && h % (24 * 7) === 0 && h % (24 * 30) !== 0) return { key: 'value.weeks', args: { count: h / 168 } };
      if (h >= 24 && h % 24 === 0) return { key: 'value.days', args: { count: h / 24 } };
      return { key: 'value.hours', args: { count: h } };
    }
    case 'undue-delay':
      return { key: 'value.undueDelay', args: { text: v.text } };
    case 'percent':
      return { key: 'value.percent', args: { amount: v.amount ?? 0 } };
    case 'amount':
      return { key: 'value.amount', args: { amount: v.amount ?? 0, currency: v.unit ?? '' } };
    case 'place':
      return { key: 'value.place', args: { places: (v.places ?? []).join(', '), text: v.text } };
    default:
      return { key: 'value.count', args: { amount: v.amount ?? 0, text: v.text } };
  }
}

/** The place codes as the i18n keys of their names, for the places a requirement allows. */
export function placeKey(code: string): string {
  if (code.startsWith('third:') || code.startsWith('adequate:')) return `place.country`;
  return `place.${code}`;
}
