import type { TFunction } from 'i18next';
import type { Evidence } from '../../../domain/model';

/** "Clause 7.1, Personal data breaches, page 3". */
export function locationText(e: Evidence, t: TFunction): string {
  const parts = [e.location.number ? t('location.clause', { number: e.location.number }) : t('location.unnumbered')];
  if (e.location.heading) parts.push(e.location.heading);
  if (e.location.page) parts.push(t('location.page', { page: e.location.page }));
  return parts.join(', ');
}
