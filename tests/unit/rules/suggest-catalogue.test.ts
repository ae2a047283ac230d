import { beforeAll, describe, expect, it } from 'vitest';
import { bidderBurden } from '../../../src/domain/burden/burden';
import type { Catalogue } from '../../../src/domain/catalogue/catalogue';
import { coverageWarnings } from '../../../src/domain/coverage/coverage';
import type { Before } from '../../../src/domain/model';
import { createProject } from '../../../src/domain/project/create';
import { applySuggestions, suggestRequirements } from '../../../src/domain/suggestion/suggest';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { counter } from './fixtures';

let catalogue: Catalogue;
beforeAll(async () => {
  catalogue = await loadCatalogue();
});

const MEDIUM = { confidentiality: 2, integrity: 2, availability: 2, personalData: true };

function before(patch: Partial<Before>): Before {
  return { areas: [], standards: [], users: [], classification: MEDIUM, ...patch };
}

function specFor(b: Before) {
  const project = { ...createProject({ id: 'p', title: 'Lärplattform', language: 'sv', now: '2026-01-01T00:00:00.000Z' }), before: b };
  return applySuggestions(project, suggestRequirements(b, catalogue), catalogue, counter()).project;
}

const ids = (b: Before) => suggestRequirements(b, catalogue).map((s) => s.templateId);

/** A learning platform with messages and tests, single sign-on, the Swedish school data standard and LTI. */
const TYPICAL = before({ areas: ['learning-platform', 'collaboration', 'assessment', 'identity-access'], standards: ['ss12000', 'lti-1.3'] });

describe('the suggested specification from the built-in library', () => {
  it('is focused for a typical purchase: 40 to 90 requirements and a bidder burden short of high', () => {
    for (const b of [TYPICAL, before({ areas: ['learning-platform', 'collaboration', 'assessment'] })]) {
      const spec = specFor(b);
      expect(spec.requirements.length).toBeGreaterThanOrEqual(40);
      expect(spec.requirements.length).toBeLessThanOrEqual(90);
      expect(bidderBurden(spec, catalogue).level).not.toBe('high');
    }
  });

  it('leaves none of the gaps the coverage check warns about', () => {
    expect(coverageWarnings(specFor(TYPICAL), catalogue)).toEqual([]);
  });

  it('gives every suggestion at least one reason', () => {
    const suggestions = suggestRequirements(TYPICAL, catalogue);
    expect(suggestions.filter((s) => s.reasons.length === 0)).toEqual([]);
  });

  it('adds encryption at rest, security logging and stricter data location as confidentiality rises', () => {
    const low = ids({ ...TYPICAL, classification: { ...MEDIUM, confidentiality: 1 } });
    const medium = ids(TYPICAL);
    const high = ids({ ...TYPICAL, classification: { ...MEDIUM, confidentiality: 3 } });
    for (const id of ['security.encryption-at-rest', 'security.security-logging']) {
      expect(low).not.toContain(id);
      expect(medium).toContain(id);
    }
    for (const id of ['security.high-confidentiality-location', 'privacy.access-log', 'security.monitoring']) {
      expect(medium).not.toContain(id);
      expect(high).toContain(id);
    }
    expect(high.length).toBeGreaterThan(medium.length);
    expect(medium.length).toBeGreaterThan(low.length);
  });

  it('treats the always-included areas the same whether or not a file lists them as chosen', () => {
    const listed = before({ ...TYPICAL, areas: [...TYPICAL.areas, 'information-security', 'agreement-management'] });
    expect(ids(listed).sort()).toEqual(ids(TYPICAL).sort());
  });

  it('follows the chosen areas: an area brings its own templates and leaves with them', () => {
    const without = ids(before({ areas: ['learning-platform'] }));
    const withAdmin = ids(before({ areas: ['learning-platform', 'administration'] }));
    expect(without).not.toContain('func.administration.grading');
    expect(withAdmin).toContain('func.administration.grading');
  });

  it('keeps the data processing agreement only while personal data is handled', () => {
    expect(ids(TYPICAL)).toContain('privacy.dpa-before-processing');
    expect(ids({ ...TYPICAL, classification: { ...MEDIUM, personalData: false } })).not.toContain('privacy.dpa-before-processing');
  });
});
