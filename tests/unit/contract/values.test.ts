import { describe, expect, it } from 'vitest';
import { compareValues } from '../../../src/domain/contract/compare';
import { placesIn } from '../../../src/domain/contract/places';
import { extractAmounts, extractDurations, extractPercents, parseNumber, requiredValue } from '../../../src/domain/contract/values';

const hours = (text: string) => extractDurations(text).map((v) => (v.value.kind === 'duration' ? v.value.amount : v.value.kind));

describe('duration values', () => {
  it('normalises hours, days, weeks and months in three languages to hours', () => {
    expect(hours('inom 24 timmar')).toEqual([24]);
    expect(hours('senest 30 dagar efter')).toEqual([720]);
    expect(hours('inden for 2 uger')).toEqual([336]);
    expect(hours('within 3 months')).toEqual([2160]);
    expect(hours('inden for 48 timer')).toEqual([48]);
  });

  it('reads numbers written as words, alone or with the digits in brackets', () => {
    expect(hours('inom trettio dagar')).toEqual([720]);
    expect(hours('senest tredive dage')).toEqual([720]);
    expect(hours('within thirty (30) days')).toEqual([720]);
    expect(hours('inom fyrtioåtta timmar')).toEqual([48]);
    expect(hours('inden for otteogfyrre timer')).toEqual([48]);
    expect(hours('within forty-eight hours')).toEqual([48]);
    expect(hours('inom ett dygn')).toEqual([24]);
  });

  it('recognises "without undue delay" in each language as a promise with no deadline', () => {
    expect(hours('utan onödigt dröjsmål')).toEqual(['undue-delay']);
    expect(hours('uden unødig forsinkelse')).toEqual(['undue-delay']);
    expect(hours('without undue delay')).toEqual(['undue-delay']);
  });

  it('does not read a clause number or a year as a duration', () => {
    expect(hours('enligt punkt 7.1 och förordningen (EU) 2016/679')).toEqual([]);
  });
});

describe('percent and amount values', () => {
  it('reads decimal commas and points', () => {
    expect(extractPercents('tillgänglighet om 99,5 % per månad').map((v) => v.value.amount)).toEqual([99.5]);
    expect(extractPercents('uptime of 99.0 percent').map((v) => v.value.amount)).toEqual([99]);
    expect(extractPercents('oppetid på 99,9 procent').map((v) => v.value.amount)).toEqual([99.9]);
    // A liability cap is often more than the annual fee.
    expect(extractPercents('begränsat till 200 % av årsavgiften').map((v) => v.value.amount)).toEqual([200]);
  });

  it('reads amounts with thousands separators and currencies before or after', () => {
    expect(extractAmounts('högst 1 000 000 kronor').map((v) => [v.value.amount, v.value.unit])).toEqual([[1_000_000, 'SEK']]);
    expect(extractAmounts('maksimalt 500.000 DKK').map((v) => [v.value.amount, v.value.unit])).toEqual([[500_000, 'DKK']]);
    expect(extractAmounts('capped at EUR 10,000').map((v) => [v.value.amount, v.value.unit])).toEqual([[10_000, 'EUR']]);
  });

  it('parses separators the way Nordic and English contracts write them', () => {
    expect(parseNumber('1.000.000')).toBe(1_000_000);
    expect(parseNumber('1,000,000')).toBe(1_000_000);
    expect(parseNumber('99,5')).toBe(99.5);
    expect(parseNumber('tjugofyra')).toBe(24);
  });
});

describe('place values', () => {
  const codes = (text: string) => placesIn(text).flatMap((p) => p.value.places ?? []);
  it('names EU/EEA in every spelling and third countries by name', () => {
    expect(codes('lagras inom EU/EES')).toEqual(['eu-eea']);
    expect(codes('opbevares i EØS')).toEqual(['eu-eea']);
    expect(codes('stored in the European Economic Area')).toEqual(['eu-eea']);
    expect(codes('may be stored in the United States')).toEqual(['third:us']);
    expect(codes('lagras i Norden')).toEqual(['nordics']);
  });

  it('reads a negated transfer as data staying inside, and one bound to the buyer’s instructions as controlled', () => {
    expect(codes('Överföring till tredjeland får inte ske.')).toEqual(['eu-eea']);
    expect(codes('Personal data shall not be transferred to a third country.')).toEqual(['eu-eea']);
    expect(codes('Overførsel til tredjelande må kun ske efter dokumenteret instruks.')).toEqual(['controlled-transfer']);
    expect(codes('Data may be transferred to a third country.')).toEqual(['third-country']);
  });
});

describe('comparing a found value with the required one', () => {
  const at = (text: string) => extractDurations(text);
  it('passes at-most when every stated duration is within it, fails when all exceed, is mixed otherwise', () => {
    const req = requiredValue('duration', 24, 'hours');
    expect(compareValues(at('inom 24 timmar'), req, 'at-most').outcome).toBe('satisfied');
    expect(compareValues(at('inom 72 timmar'), req, 'at-most').outcome).toBe('violated');
    expect(compareValues(at('inom 12 timmar, full rapport inom 72 timmar'), req, 'at-most').outcome).toBe('mixed');
    expect(compareValues(at('utan onödigt dröjsmål'), req, 'at-most').outcome).toBe('no-deadline');
  });

  it('fails a place requirement when any named place lies outside the allowed region', () => {
    const req = requiredValue('place', 'nordics');
    expect(compareValues(placesIn('lagras i Sverige'), req, 'one-of').outcome).toBe('satisfied');
    expect(compareValues(placesIn('lagras inom EU/EES'), req, 'one-of').outcome).toBe('violated');
    expect(compareValues(placesIn('stored in Switzerland'), requiredValue('place', 'eu-eea-or-adequacy'), 'one-of').outcome).toBe('satisfied');
  });

  it('finds no place in a transfer that only happens on the buyer’s instructions', () => {
    const found = placesIn('Any transfer of data to a third country shall be done only on the basis of documented instructions.');
    expect(compareValues(found, requiredValue('place', 'eu-eea'), 'one-of').outcome).toBe('absent');
  });
});

describe('countries named by their law, courts or cities', () => {
  const codes = (text: string) => placesIn(text).flatMap((p) => p.value.places ?? []);

  it('reads "irländsk rätt", "dansk ret", "laws of the State of Delaware" and "Dublin" as countries', () => {
    expect(codes('Avtalet ska tolkas enligt irländsk rätt och tvister avgörs av domstol i Dublin.')).toEqual(['eu:ie', 'eu:ie']);
    expect(codes('Aftalen er underlagt dansk ret.')).toEqual(['denmark']);
    expect(codes('governed by the laws of the State of Delaware')).toEqual(['third:us']);
    expect(codes('Svensk lag ska tillämpas.')).toEqual(['sweden']);
  });

  it('puts a named member state inside the EU/EEA but not inside Sweden', () => {
    const sweden = requiredValue('place', 'sweden');
    expect(compareValues(placesIn('tolkas enligt irländsk rätt'), sweden, 'one-of').outcome).toBe('violated');
    expect(compareValues(placesIn('Aftalen er underlagt dansk ret.'), sweden, 'one-of').outcome).toBe('violated');
    expect(compareValues(placesIn('lagras i datacenter i Dublin'), requiredValue('place', 'eu-eea'), 'one-of').outcome).toBe('satisfied');
  });
});
