import { describe, expect, it } from 'vitest';
import rulesData from '../../../templates/procurement-rules.json';
import { isExpired, procedureGuidance, thresholdsFor, type ProcurementRules } from '../../../src/domain/procedure/procedure';

const rules = rulesData as unknown as ProcurementRules;

describe('procedure guidance by value, country and day', () => {
  it('compares a Swedish value in euro with the EU threshold in force, and keeps direct award off the list above it', () => {
    const g = procedureGuidance(rules, 'se', { amount: 300_000, currency: 'EUR' }, '2026-11-28');
    expect(g.threshold.id).toBe('eu-sub-central');
    expect(g.aboveThreshold).toBe(true);
    expect(g.thresholdExpired).toBe(false);
    expect(g.suitable).toContain('open');
    expect(g.suitable).not.toContain('direct-award');
  });

  it('compares a Swedish value in kronor with the direct-award limit only, without guessing an exchange rate', () => {
    const g = procedureGuidance(rules, 'se', { amount: 900_000, currency: 'SEK' }, '2026-11-28');
    expect(g.aboveThreshold).toBeUndefined();
    expect(g.withinDirectAward).toBe(false);
    expect(g.suitable).not.toContain('direct-award');
    expect(g.suitable).toContain('simplified');
  });

  it('flags a Danish threshold that has run out, and still compares a value in kroner with it', () => {
    const g = procedureGuidance(rules, 'dk', { amount: 2_000_000, currency: 'DKK' }, '2026-11-28');
    expect(g.threshold.id).toBe('dk-municipal');
    expect(g.aboveThreshold).toBe(true);
    expect(g.thresholdExpired).toBe(true);
    expect(procedureGuidance(rules, 'dk', { amount: 2_000_000, currency: 'DKK' }, '2025-06-01').thresholdExpired).toBe(false);
  });

  it('compares a Danish value in euro with the EU threshold of the same kind in force', () => {
    const g = procedureGuidance(rules, 'dk', { amount: 100_000, currency: 'EUR' }, '2026-11-28');
    expect(g.threshold.id).toBe('eu-sub-central');
    expect(g.aboveThreshold).toBe(false);
    expect(g.thresholdExpired).toBe(false);
  });

  it('prefers a threshold in force to one that has run out when both are in the value\u2019s currency', () => {
    const withSuccessor: ProcurementRules = {
      ...rules,
      thresholds: [...rules.thresholds, { id: 'dk-municipal-2026', country: 'dk', amount: 1_600_000, currency: 'DKK', validFrom: '2026-01-01', validTo: '2027-12-31', source: 'test', appliesTo: 'supplies-services-municipal' }],
    };
    const g = procedureGuidance(withSuccessor, 'dk', { amount: 1_620_000, currency: 'DKK' }, '2026-11-28');
    expect(g.threshold.id).toBe('dk-municipal-2026');
    expect(g.aboveThreshold).toBe(true);
    expect(g.thresholdExpired).toBe(false);
  });

  it('lists the country\u2019s thresholds before the EU\u2019s, and knows which have run out on a day', () => {
    const listed = thresholdsFor(rules, 'dk');
    expect(listed.map((t) => t.country)).toEqual(['dk', 'dk', 'eu', 'eu', 'eu']);
    expect(listed.filter((t) => isExpired(t, '2026-11-28')).map((t) => t.id)).toEqual(['dk-municipal', 'dk-light']);
    expect(listed.filter((t) => isExpired(t, '2028-01-01')).length).toBe(5);
  });
});
