import { useTranslation } from 'react-i18next';
import type { EvaluationSettings } from '../../../domain/evaluation/model';
import type { EvaluationModel } from '../../../domain/model';

const MODELS = ['lowest-price', 'price-quality', 'added-value'] as const;
const CURRENCIES = ['SEK', 'DKK', 'EUR', 'NOK'] as const;

/** The evaluation model the specification announced, with its weights and price formula. */
export function ModelSettings({ settings, onChange }: { settings: EvaluationSettings; onChange: (patch: Partial<EvaluationModel>) => void }) {
  const { t } = useTranslation('evaluation');
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  return (
    <section className="card" aria-labelledby="evaluation-model">
      <h2 id="evaluation-model">{t('model.heading')}</h2>
      <div className="field-row">
        <label className="field">
          {t('model.label')}
          <select value={settings.model} onChange={(e) => onChange({ model: e.target.value as EvaluationModel['model'] })}>
            {MODELS.map((m) => (
              <option key={m} value={m}>
                {t(`model.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('model.currency')}
          <select value={settings.currency} onChange={(e) => onChange({ currency: e.target.value as EvaluationSettings['currency'] })}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
      </div>
      {settings.model === 'price-quality' && (
        <div className="field-row">
          <label className="field">
            {t('model.priceWeight')}
            <input type="number" min={0} max={100} step="any" value={settings.priceWeight} onChange={(e) => onChange({ priceWeight: num(e.target.value) })} />
          </label>
          <label className="field">
            {t('model.qualityWeight')}
            <input type="number" min={0} max={100} step="any" value={settings.qualityWeight} onChange={(e) => onChange({ qualityWeight: num(e.target.value) })} />
          </label>
          <label className="field">
            {t('model.maxPoints')}
            <input type="number" min={1} max={1000} step="any" value={settings.maxPoints} onChange={(e) => onChange({ maxPoints: num(e.target.value) })} />
          </label>
          <label className="field">
            {t('model.priceFormula')}
            <select value={settings.priceFormula} onChange={(e) => onChange({ priceFormula: e.target.value as EvaluationSettings['priceFormula'] })}>
              <option value="lowest-over-price">{t('formula.lowest-over-price')}</option>
              <option value="linear-deduction">{t('formula.linear-deduction')}</option>
            </select>
          </label>
        </div>
      )}
      <p className="hint">
        {settings.model === 'price-quality'
          ? t(`formula.summary.${settings.priceFormula}`)
          : settings.model === 'added-value'
            ? t('formula.addedValue')
            : t('formula.lowestPrice')}
      </p>
    </section>
  );
}
