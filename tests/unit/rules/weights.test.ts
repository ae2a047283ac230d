import { describe, expect, it } from 'vitest';
import { checkWeights, qualityShares } from '../../../src/domain/evaluation-model/weights';
import { updateRequirement } from '../../../src/domain/project/requirements';
import type { Project } from '../../../src/domain/model';
import { miniProject } from './fixtures';

const withModel = (p: Project, evaluation: Partial<Project['evaluation']>): Project => ({ ...p, evaluation: { ...p.evaluation, ...evaluation } });
const codes = (p: Project) => checkWeights(p).map((w) => w.code);

describe('price-quality weights', () => {
  it('a balanced model with one weighted should reports only that its weights are normalised', () => {
    expect(checkWeights(miniProject())).toEqual([{ code: 'weights.normalised', sum: 20 }]);
  });
  it('price and quality weights that do not sum to 100 are a problem', () => {
    expect(checkWeights(withModel(miniProject(), { priceWeight: 50, qualityWeight: 60 }))).toContainEqual({ code: 'weights.priceQualitySum', sum: 110 });
  });
  it('a should without a weight is a problem', () => {
    const p = updateRequirement(miniProject(), 'r6', { weight: undefined });
    expect(checkWeights(p)).toContainEqual({ code: 'weights.shouldWithoutWeight', uids: ['r6'] });
  });
  it('weights summing to 100 are not reported as normalised', () => {
    const p = updateRequirement(miniProject(), 'r6', { weight: 100 });
    expect(checkWeights(p)).toEqual([]);
  });
  it('quality weight with no should-requirements is a problem', () => {
    const p = updateRequirement(miniProject(), 'r6', { kind: 'must' });
    expect(checkWeights(p)).toContainEqual({ code: 'weights.qualityWithoutShoulds', qualityWeight: 60 });
  });
  it('normalises should weights into shares of the quality part', () => {
    let p = updateRequirement(miniProject(), 'r6', { weight: 3 });
    p = updateRequirement(p, 'r5', { kind: 'should', weight: 1 });
    const shares = qualityShares(p);
    expect(shares.sum).toBe(4);
    expect(shares.shares).toEqual([
      { uid: 'r5', weight: 1, share: 0.25, percentOfTotal: 15 },
      { uid: 'r6', weight: 3, share: 0.75, percentOfTotal: 45 },
    ]);
  });
  it('a negative weight is a problem', () => {
    expect(codes(updateRequirement(miniProject(), 'r6', { weight: -5 }))).toContain('weights.negative');
  });
});

describe('added-value and lowest-price models', () => {
  it('added value: a should without a price deduction is a problem', () => {
    const p = withModel(miniProject(), { model: 'added-value' });
    expect(checkWeights(p)).toEqual([{ code: 'weights.shouldWithoutValue', uids: ['r6'] }]);
    expect(checkWeights(updateRequirement(p, 'r6', { value: 50000 }))).toEqual([]);
  });
  it('lowest price: should-requirements are never evaluated', () => {
    expect(checkWeights(withModel(miniProject(), { model: 'lowest-price' }))).toEqual([{ code: 'weights.shouldNotEvaluated', uids: ['r6'] }]);
  });
});
