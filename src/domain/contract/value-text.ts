import type { Finding } from '../model';

type Value = NonNullable<Finding['found']>;

const REGIONS = new Set(['eu-eea', 'nordics', 'sweden', 'denmark', 'eu-eea-or-adequacy']);

/**
 * How to say a value in words: an i18n key under `contract:value` and its arguments. Durations are
 * stated in the largest whole unit (720 hours → 30 days, 17 280 hours → 24 months), places by their codes.
 */
export function valueMessage(v: Value): { key: string; args: Record<string, string | number> } {
  switch (v.kind) {
    case 'duration': {
      const h = v.amount ?? 0;
      // Notification deadlines are stated in hours (24, 48, 72); longer ones in days or weeks; terms
      // of four months and more (price periods, log retention) in months or years, as contracts do.
      if (h >= 24 * 365 && h % (24 * 365) === 0) return { key: 'value.years', args: { count: h / (24 * 365) } };
      if (h >= 24 * 30 * 4 && h % (24 * 30) === 0) return { key: 'value.months', args: { count: h / (24 * 30) } };
      if (h > 24 * 7 && h % (24 * 7) === 0 && h % (24 * 30) !== 0) return { key: 'value.weeks', args: { count: h / 168 } };
      if (h > 72 && h % 24 === 0) return { key: 'value.days', args: { count: h / 24 } };
      return { key: 'value.hours', args: { count: h } };
    }
    case 'undue-delay':
      return { key: 'value.undueDelay', args: { text: v.text } };
    case 'percent':
      return { key: 'value.percent', args: { amount: v.amount ?? 0 } };
    case 'amount':
      return { key: 'value.amount', args: { amount: v.amount ?? 0, currency: v.unit ?? '' } };
    case 'place': {
      const [only, ...rest] = v.places ?? [];
      // A required region is a code; say its name. A place found in the contract is quoted as written.
      if (only && rest.length === 0 && v.text === only && REGIONS.has(only)) return { key: `place.${only}`, args: {} };
      return { key: 'value.place', args: { places: (v.places ?? []).join(', '), text: v.text } };
    }
    default:
      return { key: 'value.count', args: { amount: v.amount ?? 0, text: v.text } };
  }
}
