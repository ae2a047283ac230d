import { describe, expect, it } from 'vitest';
import { buildTemplateSearch } from '../../../src/domain/search/template-search';
import { compoundHeads, foldNordic } from '../../../src/domain/search/nordic-terms';
import { catalogueOf } from '../rules/fixtures';

const catalogue = catalogueOf('search-pack');
const index = buildTemplateSearch(catalogue);
const ids = (q: string, f?: Parameters<typeof index.search>[1]) => index.search(q, f).map((h) => h.id);

describe('Nordic letters and compounds', () => {
  it('folds å ä ö æ ø and accents', () => {
    expect(foldNordic('Återlämning')).toBe('aterlamning');
    expect(foldNordic('læringsplatform')).toBe('laringsplatform');
    expect(foldNordic('Værktøjer')).toBe('varktojer');
    expect(foldNordic('café')).toBe('cafe');
  });
  it('splits a compound into heads that stand alone in the vocabulary, inflected or not', () => {
    const vocabulary = new Set(['databehandler', 'incident']);
    expect(compoundHeads('underdatabehandleren', vocabulary)).toContain('databehandleren');
    expect(compoundHeads('personuppgiftsincident', vocabulary)).toContain('incident');
    expect(compoundHeads('kortord', vocabulary)).toEqual([]);
  });
});

describe('searching the template library', () => {
  it('personuppgift finds personuppgifter by prefix', () => {
    expect(ids('personuppgift')).toContain('privacy.processor-role');
  });
  it('databehandler finds both the Danish databehandler and underdatabehandleren', () => {
    const found = ids('databehandler');
    expect(found).toContain('privacy.processor-role');
    expect(found).toContain('privacy.subprocessors');
  });
  it('incident finds the Swedish compound personuppgiftsincident once incident is a word of the library', () => {
    expect(ids('incident').sort()).toEqual(['privacy.breach-notification', 'privacy.processor-role']);
  });
  it('breach finds breach notification, with the title match first', () => {
    expect(ids('breach')[0]).toBe('privacy.breach-notification');
  });
  it('matches with or without Nordic letters', () => {
    expect(ids('aterlamning')).toEqual(['exit.data-return']);
    expect(ids('återlämning')).toEqual(['exit.data-return']);
    expect(ids('laringsplatform')).toEqual(['func.lms.feedback']);
    // æ typed as "ae" is one letter off, which the typo tolerance absorbs
    expect(ids('laeringsplatform')).toEqual(['func.lms.feedback']);
  });
  it('tolerates a typo in a longer word', () => {
    expect(ids('tilbagelevring')).toEqual(['exit.data-return']);
  });
  it('finds a template by its id and by the name of a standard it cites', () => {
    expect(ids('interop.lti')[0]).toBe('interop.lti');
    expect(ids('SS 12000')).toEqual(['interop.ss12000']);
  });
  it('ranks a title match above a mere text match', () => {
    const hits = index.search('data');
    const titleHit = hits.findIndex((h) => h.id === 'exit.data-return');
    expect(titleHit).toBe(0);
  });
  it('needs every word when that finds something, else any word', () => {
    expect(ids('open format')).toEqual(['exit.data-return']);
    expect(ids('open zebra')).toEqual(['exit.data-return']);
  });
});

describe('filters', () => {
  it('an empty query returns every filtered template in catalogue order', () => {
    expect(ids('', { categories: ['privacy'] })).toEqual(['privacy.subprocessors', 'privacy.processor-role', 'privacy.breach-notification']);
    expect(ids('   ')).toEqual([...catalogue.templates.keys()]);
    expect(index.search('', { kinds: ['should'] })).toEqual([{ id: 'func.lms.feedback', score: 0 }]);
  });
  it('filters by area, standard, phase, category and kind after matching', () => {
    expect(ids('leverantören', { phases: ['after'] })).toEqual(['exit.data-return']);
    expect(ids('', { areas: ['learning-platform'], standards: ['lti-1.3'] })).toEqual(['interop.lti']);
    expect(ids('', { areas: ['administration', 'agreement-management'] })).toEqual(['exit.data-return', 'interop.ss12000']);
    expect(ids('data', { kinds: ['should'] })).toEqual([]);
  });
});
