import { beforeAll, describe, expect, it } from 'vitest';
import { statusAccuracy } from '../../../src/domain/contract/accuracy';
import { checkReportFile } from '../../../src/domain/contract/report';
import { readFileOfKind } from '../../../src/io/files/read-file';
import { checkLabelledContracts, statusPairs, type LabelledRun } from './labelled';

let runs: LabelledRun[];
beforeAll(async () => {
  runs = await checkLabelledContracts();
});

describe('labelled contracts (Swedish, Danish, English; .txt, .docx, .pdf)', () => {
  it('covers every language and format', () => {
    expect(new Set(runs.map((r) => r.run.contract.language))).toEqual(new Set(['sv', 'da', 'en']));
    expect(new Set(runs.map((r) => r.run.contract.format))).toEqual(new Set(['txt', 'docx', 'pdf']));
  });

  it('labels every finding, and checks every contract-checkable requirement', () => {
    for (const { expected, run } of runs) {
      expect(run.findings.map((f) => f.requirementUid).sort()).toEqual(Object.keys(expected.findings).sort());
    }
  });

  it('never says met where the truth is missing or conflict', () => {
    const wrong = statusPairs(runs).filter((p) => p.predicted === 'met' && (p.truth === 'missing' || p.truth === 'conflict'));
    expect(wrong).toEqual([]);
  });

  it('finds at least 90 % of the missing and the conflicting requirements', () => {
    const acc = statusAccuracy(statusPairs(runs));
    expect(acc.scores.find((s) => s.status === 'missing')!.recall).toBeGreaterThanOrEqual(0.9);
    expect(acc.scores.find((s) => s.status === 'conflict')!.recall).toBeGreaterThanOrEqual(0.9);
    expect(acc.agreement).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the language and recognises the standard agreement where the label names one', () => {
    for (const { expected, run } of runs) {
      expect(run.contract.language, expected.contract).toBe(expected.language);
      if (expected.agreement) expect(run.contract.agreement, expected.contract).toBe(expected.agreement);
    }
  });

  it('raises exactly the labelled risk flags', () => {
    for (const { expected, run } of runs) expect([...new Set(run.risks.map((r) => r.code))].sort(), expected.contract).toEqual(expected.risks);
  });

  it('quotes the clause for every conflict and partial, with the matched words highlighted inside the excerpt', () => {
    for (const { run } of runs) {
      for (const f of run.findings.filter((x) => x.status === 'conflict' || x.status === 'partial' || x.status === 'met')) {
        expect(f.evidence.length, f.requirementUid).toBeGreaterThan(0);
        const e = f.evidence[0];
        expect(e.location.clauseId).toMatch(/^c\d+$/);
        expect(e.highlights.length).toBeGreaterThan(0);
        for (const [s, end] of e.highlights) expect(end).toBeLessThanOrEqual(e.excerpt.length), expect(s).toBeLessThan(end);
      }
    }
  });

  it('puts the page of the clause on PDF evidence', () => {
    const pdf = runs.find((r) => r.run.contract.format === 'pdf')!;
    expect(pdf.run.contract.pages).toBeGreaterThan(0);
    expect(pdf.run.findings.filter((f) => f.status === 'met').every((f) => f.evidence[0].location.page! >= 1)).toBe(true);
  });

  it('shows the required value beside the value found for a value conflict', () => {
    const sv = runs.find((r) => r.expected.contract === 'sv-dpa-conflicts.txt')!;
    const breach = sv.run.findings.find((f) => f.requirementUid === 'breach-notification')!;
    expect(breach.required).toMatchObject({ kind: 'duration', amount: 24 });
    expect(breach.found).toMatchObject({ kind: 'duration', amount: 72, text: '72 timmar' });
    const deletion = sv.run.findings.find((f) => f.requirementUid === 'deletion-at-end')!;
    expect(deletion.found).toMatchObject({ amount: 90 * 24, text: 'nittio dagar' });
  });

  it('exports each run as a schema-valid check report', () => {
    for (const { run } of runs) {
      const r = readFileOfKind(JSON.stringify(checkReportFile(run, { id: 'p-contract', title: 'Test' })), 'kravkit.check-report');
      expect(r.ok, JSON.stringify(!r.ok && r.error).slice(0, 500)).toBe(true);
    }
  });
});
