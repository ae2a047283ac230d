import type { FileChild } from 'docx';
import type { BidOutcome, EvaluationResult } from '../../domain/evaluation/evaluate';
import type { EvaluatedRequirement } from '../../domain/evaluation/model';
import type { SensitivityCase } from '../../domain/evaluation/sensitivity';
import type { Language, Project } from '../../domain/model';
import { formatDocumentNumber, frameDocument, memoText, type DocText } from './frame';
import { factsTable, heading, paragraph, table } from './layout';
import { toBlob, toBuffer } from './pack';

export interface EvaluationProtocolInput {
  project: Project;
  requirements: readonly EvaluatedRequirement[];
  result: EvaluationResult;
  sensitivity: readonly SensitivityCase[];
  /** Price-quality: winner by whole-percent price share. */
  flips?: readonly { from: number; to: number; bidIds: string[] }[];
  lang: Language;
  t: DocText;
  date: string;
}

/**
 * The evaluation protocol: the model and its numbers, the bids, who was excluded and why, then
 * every calculation written out with its inputs ("800 000 ÷ 1 000 000 × 10 = 8.00"), the ranking
 * with ties marked, and the sensitivity. A colleague can redo each line with a calculator.
 */
export function evaluationProtocolDocument(input: EvaluationProtocolInput) {
  const t = memoText(input.t);
  const { result, lang } = input;
  const s = result.settings;
  const n = (x: number) => formatDocumentNumber(x, lang);
  const fixed2 = (x: number) => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  const money = (x: number) => `${fixed2(x)} ${s.currency}`;
  const supplierOf = new Map(result.outcomes.map((o) => [o.bid.id, o.bid.supplier]));
  const qualified = result.outcomes.filter((o) => o.exclusion === null);
  const body: FileChild[] = [];

  // 1. The model as announced, with every default made explicit.
  body.push(heading(1, t('evaluation:protocol.settings')));
  const facts: [string, string][] = [[t('evaluation:model.label'), t(`evaluation:model.${s.model}`)], [t('evaluation:model.currency'), s.currency]];
  if (s.model === 'price-quality') {
    facts.push(
      [t('evaluation:model.priceWeight'), n(s.priceWeight)],
      [t('evaluation:model.qualityWeight'), n(s.qualityWeight)],
      [t('evaluation:model.maxPoints'), n(s.maxPoints)],
      [t('evaluation:model.priceFormula'), t(`evaluation:formula.${s.priceFormula}`)],
    );
  }
  body.push(factsTable(facts));
  const formulas =
    s.model === 'price-quality'
      ? [t(`evaluation:formula.${s.priceFormula}`), t('evaluation:formula.quality'), t('evaluation:formula.total'), t('evaluation:model.rounding')]
      : s.model === 'added-value'
        ? [t('evaluation:formula.addedValue')]
        : [t('evaluation:formula.lowestPrice')];
  for (const f of formulas) body.push(paragraph(f));

  // 2. Bids received.
  body.push(heading(1, t('evaluation:protocol.bids')));
  body.push(
    table(
      [{ header: t('evaluation:bids.supplier'), share: 3 }, { header: t('evaluation:bids.price'), share: 2 }, { header: t('evaluation:bids.currency'), share: 1 }],
      result.outcomes.map((o) => [o.bid.supplier, fixed2(o.bid.price), o.bid.currency]),
    ),
  );

  // 3. Qualification: each must-requirement's answer per bid, and the exclusions.
  body.push(heading(1, t('evaluation:protocol.qualification')));
  const musts = input.requirements.filter((r) => r.kind === 'must');
  if (musts.length) {
    body.push(
      table(
        [{ header: t('evaluation:answers.requirement'), share: 3 }, ...result.outcomes.map((o) => ({ header: o.bid.supplier, share: 1.5 }))],
        musts.map((r) => [`${r.number} ${r.title}`, ...result.outcomes.map((o) => t(`evaluation:answer.${o.bid.answers[r.uid]?.answer ?? 'missing'}`))]),
      ),
    );
  }
  for (const o of result.outcomes) body.push(paragraph(`${o.bid.supplier}: ${exclusionText(o, t)}`));

  // 4. The calculation, model by model.
  body.push(heading(1, t('evaluation:protocol.calculation')));
  if (s.model === 'lowest-price') {
    body.push(paragraph(t('evaluation:formula.lowestPrice')));
  }
  if (s.model === 'added-value') {
    body.push(heading(2, t('evaluation:protocol.deductionsHeading')));
    body.push(
      table(
        [{ header: t('evaluation:result.supplier'), share: 2 }, { header: t('evaluation:protocol.step'), share: 5 }, { header: t('evaluation:result.comparisonPrice'), share: 2 }],
        qualified.map((o) => [
          o.bid.supplier,
          [fixed2(o.bid.price), ...(o.deductions ?? []).map((d) => `${fixed2(d.value)} (${d.number})`)].join(' − '),
          money(o.comparisonPrice ?? o.bid.price),
        ]),
      ),
    );
  }
  if (s.model === 'price-quality' && result.lowestPrice !== null) {
    body.push(heading(2, t('evaluation:protocol.pricePointsHeading')));
    body.push(paragraph(t('evaluation:result.lowestQualified', { price: money(result.lowestPrice) })));
    body.push(
      table(
        [{ header: t('evaluation:result.supplier'), share: 2 }, { header: t('evaluation:protocol.step'), share: 5 }, { header: t('evaluation:result.pricePoints'), share: 1.5 }],
        qualified.map((o) => {
          const p = o.pricePoints!;
          const step =
            p.formula === 'lowest-over-price'
              ? `${fixed2(p.lowest)} ÷ ${fixed2(p.price)} × ${n(p.maxPoints)}`
              : `${n(p.maxPoints)} × (1 − (${fixed2(p.price)} − ${fixed2(p.lowest)}) ÷ ${fixed2(p.lowest)})`;
          return [o.bid.supplier, `${step} = ${fixed2(p.points)}`, fixed2(p.points)];
        }),
      ),
    );
    body.push(heading(2, t('evaluation:protocol.qualityHeading')));
    body.push(paragraph(t('evaluation:formula.quality')));
    if (qualified.some((o) => o.quality?.rows.some((r) => r.fromAnswer))) body.push(paragraph(t('evaluation:protocol.fromAnswerNote'), { style: 'Note' }));
    for (const o of qualified) {
      const q = o.quality!;
      body.push(heading(3, o.bid.supplier));
      body.push(
        table(
          [
            { header: t('evaluation:answers.requirement'), share: 2 },
            { header: t('evaluation:answers.weight'), share: 1 },
            { header: t('evaluation:answers.points', { max: n(s.maxPoints) }), share: 1.3 },
            { header: t('evaluation:protocol.source'), share: 1.6 },
            { header: t('evaluation:protocol.weightedPoints'), share: 1.5 },
          ],
          [
            ...q.rows.map((r) => [r.number, n(r.weight), n(r.points), t(r.fromAnswer ? 'evaluation:protocol.sourceAnswer' : 'evaluation:protocol.sourceBid'), n(r.weight * r.points)]),
            [t('evaluation:protocol.sum'), n(q.weightSum), '', '', n(q.weightedSum)],
          ],
        ),
      );
      body.push(paragraph(`${t('evaluation:result.quality')}: ${n(q.weightedSum)} ÷ ${n(q.weightSum)} = ${fixed2(q.score)}`, { bold: true }));
    }
    body.push(heading(2, t('evaluation:protocol.totalHeading')));
    body.push(paragraph(t('evaluation:formula.total')));
    const weights = s.priceWeight + s.qualityWeight;
    body.push(
      table(
        [{ header: t('evaluation:result.supplier'), share: 2 }, { header: t('evaluation:protocol.step'), share: 5 }, { header: t('evaluation:result.total'), share: 1.3 }],
        qualified.map((o) => [
          o.bid.supplier,
          `(${n(s.priceWeight)} × ${fixed2(o.pricePoints!.points)} + ${n(s.qualityWeight)} × ${fixed2(o.quality!.score)}) ÷ ${n(weights)} = ${fixed2(o.total!)}`,
          fixed2(o.total!),
        ]),
      ),
    );
  }

  // 5. Ranking, ties marked.
  body.push(heading(1, t('evaluation:protocol.ranking')));
  const valueHeader = s.model === 'price-quality' ? t('evaluation:result.total') : s.model === 'added-value' ? t('evaluation:result.comparisonPrice') : t('evaluation:result.price');
  if (qualified.length === 0) body.push(paragraph(t('evaluation:result.noQualified')));
  else
    body.push(
      table(
        [{ header: t('evaluation:result.rank'), share: 1 }, { header: t('evaluation:result.supplier'), share: 3 }, { header: valueHeader, share: 2 }],
        qualified.map((o) => [o.tied ? `${o.rank} (${t('evaluation:result.tied')})` : String(o.rank), o.bid.supplier, s.model === 'price-quality' ? fixed2(o.rankValue) : money(o.rankValue)]),
      ),
    );
  for (const rank of [...new Set(qualified.filter((o) => o.tied).map((o) => o.rank))]) {
    const names = qualified.filter((o) => o.rank === rank).map((o) => o.bid.supplier).join(', ');
    body.push(paragraph(t('evaluation:result.tieNote', { suppliers: names, rank }), { bold: true }));
  }

  // 6. Sensitivity.
  body.push(heading(1, t('evaluation:protocol.sensitivity')));
  if (s.model === 'lowest-price') body.push(paragraph(t('evaluation:sensitivity.none')));
  else {
    body.push(paragraph(t('evaluation:sensitivity.intro')));
    body.push(
      table(
        [
          { header: t('evaluation:sensitivity.parameter'), share: 2 },
          { header: t('evaluation:sensitivity.from'), share: 1 },
          { header: t('evaluation:sensitivity.to'), share: 1 },
          { header: t('evaluation:sensitivity.ranking'), share: 4 },
          { header: t('evaluation:sensitivity.winner'), share: 1.3 },
        ],
        input.sensitivity.map((c) => [
          c.parameter.kind === 'price-share' ? t('evaluation:sensitivity.price-share') : t(`evaluation:sensitivity.${c.parameter.kind}`, { number: c.parameter.number }),
          n(c.from),
          n(c.to),
          c.ranking.map((r) => `${r.rank}. ${supplierOf.get(r.bidId) ?? r.bidId}`).join(', '),
          t(c.winnerChanged ? 'evaluation:sensitivity.changed' : 'evaluation:sensitivity.same'),
        ]),
      ),
    );
    if (input.flips?.length) {
      body.push(heading(2, t('evaluation:sensitivity.flips')));
      for (const f of input.flips) body.push(paragraph(t('evaluation:sensitivity.range', { from: f.from, to: f.to, suppliers: f.bidIds.map((id) => supplierOf.get(id) ?? id).join(', ') })));
    }
  }

  return frameDocument({
    lang,
    t,
    kind: t('evaluation:protocol.kind'),
    title: input.project.title,
    organisation: input.project.organisation,
    reference: input.project.reference,
    date: input.date,
    body,
  });
}

function exclusionText(o: BidOutcome, t: DocText): string {
  if (!o.exclusion) return t('evaluation:protocol.qualified');
  if (o.exclusion.code === 'currency') return t('evaluation:exclusion.currency', o.exclusion);
  return t('evaluation:exclusion.must-not-fulfilled', {
    requirements: o.exclusion.requirements.map((r) => `${r.number} ${r.title} (${t(`evaluation:answer.${r.answer}`)})`).join('; '),
  });
}

export const evaluationProtocolBuffer = (input: EvaluationProtocolInput) => toBuffer(evaluationProtocolDocument(input));
export const evaluationProtocolBlob = (input: EvaluationProtocolInput) => toBlob(evaluationProtocolDocument(input));
