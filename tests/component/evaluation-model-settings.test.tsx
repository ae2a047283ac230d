import { readFileSync } from 'node:fs';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EvaluationSettings } from '../../src/domain/evaluation/model';
import { ModelSettings } from '../../src/ui/features/evaluation/ModelSettings';
import { renderWithApp } from '../support/render';

const catalogue = (lang: string) =>
  (JSON.parse(readFileSync(`src/i18n/locales/${lang}/evaluation.json`, 'utf8')) as { formula: Record<string, string> & { summary: Record<string, string> } }).formula;
const settings = (patch: Partial<EvaluationSettings>): EvaluationSettings => ({
  model: 'price-quality',
  priceWeight: 40,
  qualityWeight: 60,
  maxPoints: 10,
  priceFormula: 'lowest-over-price',
  currency: 'SEK',
  ...patch,
});

describe.each(['sv', 'da', 'en'] as const)('the evaluation model explanation in %s', (lang) => {
  it.each(['lowest-over-price', 'linear-deduction'] as const)('states the %s price-quality formulas as one translated text from the catalogue', async (priceFormula) => {
    const { container } = await renderWithApp(<ModelSettings settings={settings({ priceFormula })} onChange={() => {}} />, { lang });
    const text = catalogue(lang).summary[priceFormula];
    expect(container.querySelector('p.hint')!.textContent).toBe(text);
    // The whole explanation, each formula in it, as translators wrote it.
    for (const part of [catalogue(lang)[priceFormula], catalogue(lang).quality, catalogue(lang).total]) expect(text).toContain(part);
  });

  it('states the added-value and lowest-price rules from the catalogue', async () => {
    const { container, unmount } = await renderWithApp(<ModelSettings settings={settings({ model: 'added-value' })} onChange={() => {}} />, { lang });
    expect(container.querySelector('p.hint')!.textContent).toBe(catalogue(lang).addedValue);
    unmount();
    await renderWithApp(<ModelSettings settings={settings({ model: 'lowest-price' })} onChange={() => {}} />, { lang });
    expect(screen.getByText(catalogue(lang).lowestPrice)).toBeInTheDocument();
  });
});
