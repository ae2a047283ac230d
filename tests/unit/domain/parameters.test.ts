import { describe, expect, it } from 'vitest';
import { checkParameterValue, renderText } from '../../../src/domain/requirement/parameters';
import type { Parameter } from '../../../src/domain/model';

const hours: Parameter = { name: 'hours', type: 'integer', unit: 'hours', label: { en: 'Hours' }, default: 24, min: 1, max: 72 };
const region: Parameter = {
  name: 'region',
  type: 'enum',
  label: { en: 'Region' },
  default: 'eu-eea',
  options: [
    { value: 'eu-eea', label: { en: 'the EU/EEA', sv: 'EU/EES', da: 'EU/EØS' } },
    { value: 'nordics', label: { en: 'the Nordic countries', sv: 'Norden', da: 'Norden' } },
  ],
};

describe('rendering a requirement text', () => {
  it('fills parameters with the project value, else the default', () => {
    expect(renderText('within {hours} hours', [hours], {}, 'en')).toBe('within 24 hours');
    expect(renderText('within {hours} hours', [hours], { hours: 48 }, 'en')).toBe('within 48 hours');
  });
  it('shows enum options by their label in the document language', () => {
    expect(renderText('stored in {region}', [region], {}, 'da')).toBe('stored in EU/EØS');
  });
  it('formats decimals per locale', () => {
    const pct: Parameter = { name: 'percent', type: 'decimal', label: { en: '%' }, default: 99.5 };
    expect(renderText('{percent} %', [pct], {}, 'sv')).toBe('99,5 %');
    expect(renderText('{percent} %', [pct], {}, 'en')).toBe('99.5 %');
  });
  it('leaves an unknown placeholder visible instead of dropping it', () => {
    expect(renderText('in {days} days', [], {}, 'en')).toBe('in {days} days');
  });
});

describe('checking a parameter value', () => {
  it('accepts values in range and refuses values outside it', () => {
    expect(checkParameterValue(hours, 1)).toBeNull();
    expect(checkParameterValue(hours, 72)).toBeNull();
    expect(checkParameterValue(hours, 0)).toEqual({ code: 'param.belowMin', name: 'hours', min: 1 });
    expect(checkParameterValue(hours, 73)).toEqual({ code: 'param.aboveMax', name: 'hours', max: 72 });
    expect(checkParameterValue(hours, 2.5)?.code).toBe('param.notInteger');
    expect(checkParameterValue(hours, 'abc')?.code).toBe('param.notNumber');
    expect(checkParameterValue(hours, '')?.code).toBe('param.required');
  });
  it('accepts only listed options for an enum', () => {
    expect(checkParameterValue(region, 'nordics')).toBeNull();
    expect(checkParameterValue(region, 'usa')?.code).toBe('param.notAnOption');
  });
});
