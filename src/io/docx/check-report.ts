import { Paragraph, TextRun, type FileChild } from 'docx';
import { effectiveStatus, effectiveSummary, findingsByStatus } from '../../domain/contract/report';
import { valueMessage } from '../../domain/contract/value-text';
import type { CheckRun, Evidence, Finding, Language } from '../../domain/model';
import { cleanText } from './clean-text';
import { formatDocumentDate, frameDocument, memoText, type DocText } from './frame';
import { factsTable, heading, paragraph, table, TocEntries, type CellContent } from './layout';

export interface CheckReportDocumentInput {
  run: CheckRun;
  /** The project the contract was checked against; the contract's name is the title without it. */
  project?: { title: string; organisation?: string; reference?: string };
  /** Requirement uid → its number in the specification (K-3.2). */
  numbers?: ReadonlyMap<string, string>;
  lang: Language;
  t: DocText;
}

function valueText(v: NonNullable<Finding['found']>, t: DocText): string {
  const { key, args } = valueMessage(v);
  return t(`contract:${key}`, args);
}

function where(e: Evidence, t: DocText): string {
  const parts = [e.location.number ? t('contract:location.clause', { number: e.location.number }) : t('contract:location.unnumbered')];
  if (e.location.heading && e.location.heading !== e.location.number) parts.push(e.location.heading);
  if (e.location.page) parts.push(t('contract:location.page', { page: e.location.page }));
  return parts.join(', ');
}

/** The excerpt with its matched words in bold, as the reader should see why the clause was chosen. */
function quote(e: Evidence): Paragraph {
  const text = e.excerpt;
  const ranges = [...e.highlights].filter(([a, b]) => a < b && b <= text.length).sort((x, y) => x[0] - y[0]);
  const runs: TextRun[] = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    if (a > at) runs.push(new TextRun({ text: cleanText(text.slice(at, a)), italics: true }));
    runs.push(new TextRun({ text: cleanText(text.slice(a, b)), italics: true, bold: true }));
    at = b;
  }
  if (at < text.length) runs.push(new TextRun({ text: cleanText(text.slice(at)), italics: true }));
  return new Paragraph({ style: 'TableText', children: [new TextRun('“'), ...runs, new TextRun('”')] });
}

function evidenceCell(f: Finding, t: DocText): CellContent {
  const e = f.evidence[0];
  const out: Paragraph[] = [];
  if (f.explanation) out.push(new Paragraph({ style: 'TableText', children: [new TextRun(cleanText(t(`contract:explanation.${f.explanation.code}`, f.explanation.args ?? {})))] }));
  if (e) out.push(new Paragraph({ style: 'TableText', children: [new TextRun({ text: cleanText(where(e, t)), bold: true })] }), quote(e));
  else out.push(new Paragraph({ style: 'TableText', children: [new TextRun(t('export:report.noEvidence'))] }));
  if (f.override?.note) out.push(new Paragraph({ style: 'TableText', children: [new TextRun({ text: cleanText(f.override.note), italics: true })] }));
  return out;
}

function statusText(f: Finding, t: DocText): string {
  const shown = t(`contract:status.${effectiveStatus(f)}`);
  return f.override && f.override.status !== f.status ? `${shown}\n${t('export:report.override', { status: shown })}` : shown;
}

/** The contract-check report: status per requirement, evidence quotes, values required vs found, and risky terms. */
export function checkReportDocument(given: CheckReportDocumentInput) {
  const t = memoText(given.t);
  const { run, lang, numbers } = given;
  const toc = new TocEntries();
  const c = run.contract;
  const body: FileChild[] = [heading(1, t('export:report.summary'), '1', { toc })];
  const facts: [string, string][] = [
    [t('export:report.contract'), c.name],
    [t('export:report.format'), c.format],
    [t('export:report.language'), t(`contract:language.${c.language}`)],
    [t('export:report.clauses'), String(c.clauses)],
  ];
  if (c.pages) facts.push([t('export:report.pages'), String(c.pages)]);
  if (c.agreement && c.agreement !== 'unknown') facts.push([t('export:report.agreement'), t(`contract:agreement.${c.agreement}`)]);
  facts.push([t('export:report.checkedAt'), formatDocumentDate(run.createdAt, lang)]);
  body.push(factsTable(facts), new Paragraph({ children: [] }));
  const statuses = ['met', 'partial', 'missing', 'conflict', 'not-applicable'] as const;
  const summary = effectiveSummary(run);
  body.push(
    table(
      [
        { header: t('export:report.status'), share: 2 },
        { header: t('export:report.count'), share: 1 },
      ],
      statuses.map((s) => [t(`contract:status.${s}`), String(summary[s])]),
    ),
    paragraph(t('export:report.disclaimer'), { style: 'Note' }),
  );

  body.push(heading(1, t('export:report.findings'), '2', { pageBreakBefore: true, toc }));
  findingsByStatus(run).forEach((group, i) => {
    body.push(heading(2, `${t(`contract:statusGroup.${group.status}`)} (${group.findings.length})`, `2.${i + 1}`, { toc }));
    body.push(
      table(
        [
          { header: t('export:report.id'), share: 1 },
          { header: t('export:report.requirement'), share: 2.4 },
          { header: t('export:report.status'), share: 1.4 },
          { header: t('export:report.required'), share: 1.4 },
          { header: t('export:report.found'), share: 1.4 },
          { header: t('export:report.evidence'), share: 4 },
        ],
        group.findings.map((f) => [
          numbers?.get(f.requirementUid) ?? '',
          f.title,
          statusText(f, t),
          f.required ? valueText(f.required, t) : '',
          f.found ? valueText(f.found, t) : '',
          evidenceCell(f, t),
        ]),
      ),
    );
  });

  body.push(heading(1, t('export:report.risks'), '3', { pageBreakBefore: true, toc }));
  if (run.risks.length === 0) body.push(paragraph(t('export:report.noRisks')));
  else
    body.push(
      table(
        [
          { header: t('export:report.risk'), share: 3 },
          { header: t('export:report.severity'), share: 1.2 },
          { header: t('export:report.evidence'), share: 5 },
        ],
        run.risks.map((r) => [
          t(`contract:risk.${r.code}`),
          t(`contract:severity.${r.severity}`),
          [new Paragraph({ style: 'TableText', children: [new TextRun({ text: cleanText(where(r.evidence, t)), bold: true })] }), quote(r.evidence)],
        ]),
      ),
    );

  const title = given.project?.title ?? c.name;
  return frameDocument({
    lang,
    t,
    kind: t('export:kind.checkReport'),
    title,
    organisation: given.project?.organisation,
    reference: given.project?.reference,
    date: run.createdAt,
    toc,
    body,
  });
}
