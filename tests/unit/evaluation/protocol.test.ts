import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { evaluateBids } from '../../../src/domain/evaluation/evaluate';
import { evaluationSettings, type EvaluatedRequirement } from '../../../src/domain/evaluation/model';
import { sensitivity, winnersByPriceShare } from '../../../src/domain/evaluation/sensitivity';
import type { Bid, Project } from '../../../src/domain/model';
import { createI18n } from '../../../src/i18n';
import { bundledResources } from '../../../src/i18n/resources';
import { evaluationProtocolBuffer } from '../../../src/io/docx/evaluation-protocol';
import { tablesFromDocumentXml } from '../../../src/io/response-form/read-response-form';

const requirements: EvaluatedRequirement[] = [
  { uid: 'r1', number: 'K-1.1', title: 'Incident notice', kind: 'must', weight: 0, value: 0 },
  { uid: 'r3', number: 'K-1.2', title: 'LTI 1.3', kind: 'should', weight: 3, value: 50_000 },
  { uid: 'r4', number: 'K-1.3', title: 'Offline mode', kind: 'should', weight: 1, value: 20_000 },
];
const bids: Bid[] = [
  { id: 'a', supplier: 'Alfa AB', price: 800_000, currency: 'SEK', answers: { r1: { answer: 'fulfilled' }, r3: { answer: 'fulfilled', points: 6 }, r4: { answer: 'fulfilled', points: 10 } } },
  { id: 'b', supplier: 'Beta A/S', price: 1_000_000, currency: 'SEK', answers: { r1: { answer: 'fulfilled' }, r3: { answer: 'fulfilled', points: 10 }, r4: { answer: 'fulfilled', points: 10 } } },
  { id: 'c', supplier: 'Gamma Oy', price: 700_000, currency: 'SEK', answers: { r1: { answer: 'not' } } },
];
const project = { title: 'Lärplattform 2027', organisation: 'Exempelby kommun', reference: 'UH-2026-014' } as Project;

async function protocolText(model: 'price-quality' | 'added-value') {
  const i18n = await createI18n(await bundledResources('en'), 'en');
  const settings = evaluationSettings({ model, priceWeight: 40, qualityWeight: 60, maxPoints: 10, currency: 'SEK' });
  const bytes = await evaluationProtocolBuffer({
    project,
    requirements,
    result: evaluateBids(bids, requirements, settings),
    sensitivity: sensitivity(bids, requirements, settings),
    flips: model === 'price-quality' ? winnersByPriceShare(bids, requirements, settings) : undefined,
    lang: 'en',
    t: i18n.t.bind(i18n),
    date: '2026-11-22',
  });
  const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
  return { xml, tables: tablesFromDocumentXml(xml) };
}

describe('evaluation protocol (.docx)', () => {
  it('writes out each price-quality step so it can be recomputed by hand', async () => {
    const { xml, tables } = await protocolText('price-quality');
    const rows = tables.flatMap((t) => t.rows.map((r) => r.join(' | ')));
    expect(rows).toContain('Beta A/S | 800,000.00 ÷ 1,000,000.00 × 10 = 8.00 | 8.00');
    expect(rows).toContain('Alfa AB | (40 × 10.00 + 60 × 7.00) ÷ 100 = 8.20 | 8.20');
    expect(rows).toContain('K-1.2 | 3 | 6 | points given | 18');
    expect(rows).toContain('1 | Beta A/S | 9.20');
    expect(xml).toContain('Quality score: 28 ÷ 4 = 7.00');
    expect(xml).toContain('Gamma Oy: Excluded: must-requirements not fulfilled: K-1.1 Incident notice (Not fulfilled)');
    expect(xml).toContain('0–59 %: Beta A/S');
  });

  it('writes out the added-value deductions', async () => {
    const { tables } = await protocolText('added-value');
    const rows = tables.flatMap((t) => t.rows.map((r) => r.join(' | ')));
    expect(rows).toContain('Alfa AB | 800,000.00 − 50,000.00 (K-1.2) − 20,000.00 (K-1.3) | 730,000.00 SEK');
    expect(rows).toContain('1 | Alfa AB | 730,000.00 SEK');
  });
});
