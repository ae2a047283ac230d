import type { After } from '../model';

export interface ContractDates {
  /** The last day to give notice before the contract ends (or renews). */
  noticeBy?: string;
  /** The end date if every extension option is used. */
  finalEnd?: string;
  problem?: 'endBeforeStart';
}

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Renewal and notice dates that a contract manager must not miss. */
export function contractDates(after: After): ContractDates {
  const { contractStart, contractEnd, noticeMonths, extensionOptions, extensionMonths } = after;
  if (contractStart && contractEnd && contractEnd < contractStart) return { problem: 'endBeforeStart' };
  if (!contractEnd) return {};
  const finalEnd = extensionOptions && extensionMonths ? addMonths(contractEnd, extensionOptions * extensionMonths) : contractEnd;
  return { noticeBy: noticeMonths !== undefined ? addMonths(contractEnd, -noticeMonths) : undefined, finalEnd };
}
