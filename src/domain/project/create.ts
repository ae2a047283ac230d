import type { Language, Project } from '../model';

export interface NewProjectInput {
  id: string;
  title: string;
  language: Language;
  country?: Project['country'];
  organisation?: string;
  now: string;
}

/** The country a document language most likely buys under (thresholds, procedures, federations). */
export function countryFor(lang: Language): Project['country'] {
  return lang === 'sv' ? 'se' : lang === 'da' ? 'dk' : 'other';
}

/** A new, empty purchase. Ids and time come from the caller so the core stays pure and testable. */
export function createProject(input: NewProjectInput): Project {
  const country = input.country ?? countryFor(input.language);
  return {
    id: input.id,
    title: input.title,
    organisation: input.organisation ?? '',
    reference: '',
    language: input.language,
    country,
    status: 'draft',
    specVersion: '1.0',
    createdAt: input.now,
    updatedAt: input.now,
    before: {
      areas: [],
      standards: [],
      users: [],
      classification: { confidentiality: 1, integrity: 1, availability: 1, personalData: true },
    },
    requirements: [],
    evaluation: {
      model: 'price-quality',
      priceWeight: 40,
      qualityWeight: 60,
      maxPoints: 10,
      priceFormula: 'lowest-over-price',
      currency: country === 'dk' ? 'DKK' : country === 'se' ? 'SEK' : 'EUR',
    },
    checklist: {},
  };
}
