import { beforeAll, describe, expect, it } from 'vitest';
import { statusAccuracy } from '../../../src/domain/contract/accuracy';
import { checkContract } from '../../../src/domain/contract/check';
import { risksAbout } from '../../../src/domain/contract/contradictions';
import type { SelectedRequirement } from '../../../src/domain/model';
import { resolveRequirements } from '../../../src/domain/requirement/resolve';
import { readContractPath } from '../../../src/io/contract/read-contract-node';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { checkRealLibrary, realStatusPairs, type RealRun } from './real-library';

let runs: RealRun[];
beforeAll(async () => {
  runs = await checkRealLibrary();
});

describe('the contract check with the built-in library (learning-platform project)', () => {
  it('labels every finding of every labelled contract', () => {
    expect(runs.length).toBeGreaterThanOrEqual(5);
    for (const { expected, run, keys } of runs) {
      expect(run.findings.map((f) => keys.get(f.requirementUid)).sort(), expected.contract).toEqual(Object.keys(expected.findings).sort());
    }
  });

  it('never says met where the truth is missing or conflict', () => {
    const wrong = realStatusPairs(runs).filter((p) => p.predicted === 'met' && (p.truth === 'missing' || p.truth === 'conflict'));
    expect(wrong).toEqual([]);
  });

  it('finds at least 90 % of the missing and the conflicting requirements', () => {
    const acc = statusAccuracy(realStatusPairs(runs));
    expect(acc.scores.find((s) => s.status === 'missing')!.recall).toBeGreaterThanOrEqual(0.9);
    expect(acc.scores.find((s) => s.status === 'conflict')!.recall).toBeGreaterThanOrEqual(0.9);
    expect(acc.agreement).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the conflicts the audit found in Swedish and Danish terms', () => {
    const status = (contract: string, id: string) => realStatusPairs(runs).find((p) => p.contract === contract && p.uid === id)?.predicted;
    const svSaas = ['privacy.data-location', 'legal.governing-law', 'legal.no-unilateral-changes', 'legal.no-automatic-renewal', 'legal.liability-cap', 'privacy.purpose-limitation'];
    expect(svSaas.map((id) => status('sv-saas-villkor.txt', id))).toEqual(svSaas.map(() => 'conflict'));
    expect(status('sv-saas-villkor.txt', 'privacy.documented-instructions')).toBe('met');
    expect(status('da-dpa-gaps.txt', 'legal.governing-law')).toBe('conflict');
  });

  it('says partial, naming what is missing, where a clause covers the subject but not an element the requirement demands', () => {
    const finding = (contract: string, id: string) => {
      const r = runs.find((x) => x.expected.contract === contract)!;
      return r.run.findings.find((f) => r.keys.get(f.requirementUid) === id)!;
    };
    // Swedish law without a venue; sub-processors bound, nothing on the processor staying liable; deletion without a certificate.
    expect(finding('sv-dpa-conflicts.txt', 'legal.governing-law').explanation).toEqual({ code: 'element-missing', args: { element: 'allmän domstol' } });
    expect(finding('en-dpa-full.txt', 'privacy.subprocessor-same-obligations').explanation).toEqual({ code: 'element-missing', args: { element: 'fully liable' } });
    expect(finding('da-dpa-full.txt', 'exit.deletion-certificate').status).toBe('partial');
    // Processing in India, found by the risk scan, with no safeguard named.
    expect(finding('sv-tjansteavtal-holdout.txt', 'privacy.third-country-safeguards').status).toBe('partial');
    // The same requirements where the contract states the element stay met.
    expect(finding('sv-dpa-full.txt', 'legal.governing-law').status).toBe('met');
    expect(finding('sv-dpa-full.txt', 'exit.deletion-certificate').status).toBe('met');
    expect(finding('en-msa-holdout.txt', 'sla.availability').status).toBe('met');
    expect(finding('sv-dpa-conflicts.txt', 'privacy.third-country-safeguards').status).toBe('met');
    const partial = statusAccuracy(realStatusPairs(runs)).scores.find((s) => s.status === 'partial')!;
    // 0.82 on the contracts the evidence was tuned on; with five hold-outs written later by readers
    // who had not seen the checker it is 0.65 (partial is where readers differ most: elements older
    // labels did not ask for, restrictions stated in passing). The goal guards against falling back.
    expect(partial.recall).toBeGreaterThanOrEqual(0.64);
    // 0.84 measured with the five hold-outs (0.93 before them).
    expect(partial.precision).toBeGreaterThanOrEqual(0.83);
  });

  it('reads conflicts worded otherwise: arbitration under Swedish law, processing in India, three monthly fees, renewal by "förnyas"', () => {
    const status = (id: string) => realStatusPairs(runs).find((p) => p.contract === 'sv-tjansteavtal-holdout.txt' && p.uid === id)?.predicted;
    const ids = ['legal.governing-law', 'privacy.data-location', 'legal.liability-cap', 'legal.no-automatic-renewal', 'privacy.no-ai-training', 'privacy.purpose-limitation'];
    expect(ids.map(status)).toEqual(ids.map(() => 'conflict'));
  });

  it('does not take an uptime figure for an accessibility statement, nor a deadline for the content of a breach notice', () => {
    for (const contract of ['sv-saas-villkor.txt', 'sv-dpa-conflicts.txt']) {
      expect(realStatusPairs(runs).find((p) => p.contract === contract && p.uid === 'access.accessibility-statement')?.predicted).toBe('missing');
    }
    for (const contract of ['sv-dpa-conflicts.txt', 'da-dpa-gaps.txt']) {
      expect(realStatusPairs(runs).find((p) => p.contract === contract && p.uid === 'privacy.breach-notification-content')?.predicted).toBe('missing');
    }
  });

  it('reads a Danish subscription for a Swedish buyer: support in Danish, a cap of "25.000 kr.", renewal with a word between', () => {
    const status = (id: string) => realStatusPairs(runs).find((p) => p.contract === 'da-abonnement-holdout.txt' && p.uid === id)?.predicted;
    const ids = ['support.language', 'legal.liability-cap', 'legal.no-automatic-renewal', 'legal.governing-law', 'privacy.purpose-limitation'];
    expect(ids.map(status)).toEqual(ids.map(() => 'conflict'));
    expect(status('privacy.data-location')).toBe('met');
  });

  it('lets a risky term break only the requirements that name it', async () => {
    expect([...risksAbout(['träna', 'AI-modeller', 'maskininlärning'])]).toEqual(['ai-training']);
    expect([...risksAbout(['förklaring', 'begränsningar', 'AI-funktion'])]).toEqual([]);
    const catalogue = await loadCatalogue();
    const ids = ['privacy.no-ai-training', 'pedagogy.teacher-training', 'interop.csv-export', 'exit.self-service-export', 'ai.plain-language-explanation', 'legal.no-unilateral-changes'];
    const selected: SelectedRequirement[] = ids.map((id) => {
      const t = catalogue.templates.get(id)!;
      const values = Object.fromEntries((t.template.parameters ?? []).map((p) => [p.name, p.default!]));
      return { uid: id, templateId: id, templateVersion: t.template.version, packId: t.packId, kind: 'must', values };
    });
    const read = await readContractPath('tests/fixtures/contracts/en-saas-risky.txt');
    if (!read.ok) throw new Error(read.error.code);
    const run = checkContract(read.document, resolveRequirements(selected, catalogue, 'en'), { id: 'r', createdAt: '2026-11-22T12:00:00.000Z', country: 'se' });
    const status = Object.fromEntries(run.findings.map((f) => [f.requirementUid, f.status]));
    // "train our machine learning models" and "may change … these Terms at any time" break the bans on them,
    // not teacher training, an export "at any time" or an AI function's "limitations".
    expect(status).toMatchObject({ 'privacy.no-ai-training': 'conflict', 'legal.no-unilateral-changes': 'conflict' });
    for (const id of ['pedagogy.teacher-training', 'interop.csv-export', 'exit.self-service-export', 'ai.plain-language-explanation']) expect(status[id], id).not.toBe('conflict');
  });
});
