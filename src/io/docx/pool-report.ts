import type { FileChild } from 'docx';
import type { PoolDistribution, PoolTerms } from '../../domain/pool/distribute';
import { compareScenarios, type LicenceComparison } from '../../domain/pool/compare';
import type { Language, Project } from '../../domain/model';
import { frameDocument, memoText, type DocText } from './frame';
import { factsTable, heading, paragraph, table } from './layout';
import { toBlob, toBuffer } from './pack';

export interface PoolReportScenario {
  name: string;
  terms: PoolTerms;
  /** Pupils per school, when the pupil count was built from them. */
  schools?: readonly { name: string; pupils: number }[];
  currency: string;
  distribution: PoolDistribution;
  licences: readonly LicenceComparison[];
}

export interface PoolReportInput {
  project: Project;
  scenarios: readonly PoolReportScenario[];
  lang: Language;
  t: DocText;
  date: string;
}

/**
 * The flat-rate pool report: per scenario its terms, each supplier's payout and share, the pool
 * period by period (pool, fee, paid, unpaid), the licence comparison and any warnings; then the
 * scenarios side by side.
 */
export function poolReportDocument(input: PoolReportInput) {
  const t = memoText(input.t);
  const locale = input.lang === 'sv' ? 'sv-SE' : input.lang === 'da' ? 'da-DK' : 'en-GB';
  const fixed2 = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const body: FileChild[] = [];

  input.scenarios.forEach((sc, i) => {
    const money = (minor: number) => `${fixed2.format(minor / 100)} ${sc.currency}`;
    const d = sc.distribution;
    body.push(heading(1, sc.name, `${i + 1}.`, { pageBreakBefore: i > 0 }));
    const facts: [string, string][] = [
      [t('pool:terms.amountPerPupil'), money(Math.round(sc.terms.amountPerPupil * 100))],
      [t('pool:terms.pupils'), String(sc.terms.pupils)],
      [t('pool:terms.feePercent'), String(sc.terms.feePercent)],
      [t('pool:terms.key'), t(`pool:key.${sc.terms.key}`)],
    ];
    if (sc.schools?.length) facts.push([t('pool:terms.pupilsBySchool'), sc.schools.map((x) => `${x.name}: ${x.pupils}`).join('; ')]);
    if (sc.terms.key === 'mix' && sc.terms.mix) facts.push([t('pool:terms.mixWeights'), Object.entries(sc.terms.mix).map(([m, w]) => `${t(`pool:measure.${m}`)} ${w}`).join(', ')]);
    if (sc.terms.minimumPerSupplier) facts.push([t('pool:terms.minimum'), money(Math.round(sc.terms.minimumPerSupplier * 100))]);
    if (sc.terms.capPerSupplier !== undefined) facts.push([t('pool:terms.cap'), money(Math.round(sc.terms.capPerSupplier * 100))]);
    body.push(factsTable(facts));
    body.push(paragraph(t('pool:result.summary', { pool: money(d.poolMinor), periods: d.periods.length, fee: money(d.feeMinor), paid: money(d.paidMinor) })));
    if (d.unallocatedMinor) body.push(paragraph(t('pool:result.unallocated', { amount: money(d.unallocatedMinor) }), { bold: true }));
    body.push(paragraph(t('pool:result.exact'), { style: 'Note' }));
    for (const p of d.problems) body.push(paragraph(t(`pool:problem.${p.code}`, { ...p, amount: 'unallocatedMinor' in p ? money(p.unallocatedMinor) : '' })));

    body.push(heading(2, t('pool:result.heading')));
    body.push(
      table(
        [{ header: t('pool:result.supplier'), share: 3 }, { header: t('pool:result.payout'), share: 2 }, { header: t('pool:result.share'), share: 1 }],
        [...d.totals.map((s) => [s.supplier, money(s.minor), pct.format(s.share)]), [t('pool:result.total'), money(d.paidMinor), '']],
      ),
    );
    body.push(heading(2, t('pool:result.perPeriod')));
    body.push(
      table(
        [{ header: t('pool:result.period'), share: 1.4 }, { header: t('pool:result.supplier'), share: 3 }, { header: t('pool:result.usageShare'), share: 1.4 }, { header: t('pool:result.payout'), share: 2 }],
        d.periods.flatMap((p) =>
          p.suppliers.map((s) => [p.period, s.supplier + (s.atCap ? ` (${t('pool:result.atCap')})` : s.atMinimum ? ` (${t('pool:result.atMinimum')})` : ''), pct.format(s.usageShare), money(s.minor)]),
        ),
      ),
    );
    body.push(heading(2, t('pool:licence.heading')));
    body.push(paragraph(t('pool:licence.intro')));
    body.push(
      table(
        [{ header: t('pool:result.supplier'), share: 3 }, { header: t('pool:result.payout'), share: 2 }, { header: t('pool:licence.licenceCost'), share: 2 }, { header: t('pool:licence.difference'), share: 2 }],
        sc.licences.map((l) => [
          l.supplier + (l.rowsWithoutPrice ? ` (${t('pool:licence.unpriced', { count: l.rowsWithoutPrice })})` : ''),
          money(l.payoutMinor),
          l.licenceMinor === null ? t('pool:licence.noPrice') : money(l.licenceMinor),
          l.licenceMinor === null ? '' : money(l.payoutMinor - l.licenceMinor),
        ]),
      ),
    );
  });

  if (input.scenarios.length > 1) {
    body.push(heading(1, t('pool:scenario.compare'), undefined, { pageBreakBefore: true }));
    const rows = compareScenarios(input.scenarios.map((s) => ({ name: s.name, distribution: s.distribution })));
    const money = (minor: number) => fixed2.format(minor / 100);
    body.push(
      table(
        [{ header: t('pool:result.supplier'), share: 3 }, ...input.scenarios.map((s, i) => ({ header: i === 0 ? `${s.name} (${t('pool:scenario.baseline')})` : s.name, share: 2 }))],
        rows.map((r) => [r.supplier, ...r.minor.map((m, i) => (i === 0 ? money(m) : `${money(m)} (${r.differenceMinor[i] >= 0 ? '+' : ''}${money(r.differenceMinor[i])})`))]),
      ),
    );
  }

  return frameDocument({
    lang: input.lang,
    t,
    kind: t('pool:export.documentTitle'),
    title: input.project.title,
    organisation: input.project.organisation,
    reference: input.project.reference,
    date: input.date,
    body,
  });
}

export const poolReportBuffer = (input: PoolReportInput) => toBuffer(poolReportDocument(input));
export const poolReportBlob = (input: PoolReportInput) => toBlob(poolReportDocument(input));
