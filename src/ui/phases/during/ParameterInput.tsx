import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkParameterValue, type ParameterProblem } from '../../../domain/requirement/parameters';
import { localized } from '../../../domain/requirement/localized';
import type { Language, Parameter, ParameterValue } from '../../../domain/model';

/** One typed parameter with inline validation; only a valid value reaches the project. */
export function ParameterInput({ id, param, value, onValid }: { id: string; param: Parameter; value: ParameterValue; onValid: (v: ParameterValue) => void }) {
  const { t, i18n } = useTranslation('during');
  const lang = i18n.language as Language;
  const [draft, setDraft] = useState(String(value));
  const [problem, setProblem] = useState<ParameterProblem | null>(null);
  const numeric = param.type === 'integer' || param.type === 'decimal';
  const commit = (raw: string) => {
    setDraft(raw);
    const v: ParameterValue = numeric && raw.trim() !== '' && Number.isFinite(Number(raw.replace(',', '.'))) ? Number(raw.replace(',', '.')) : raw;
    const p = checkParameterValue(param, v);
    setProblem(p);
    if (!p) onValid(v);
  };
  const label = `${localized(param.label, lang)}${param.unit && param.unit !== 'currency' ? ` (${t(`after:unit.${param.unit}`)})` : ''}`;
  return (
    <div className="field param-field">
      <label htmlFor={id}>{label}</label>
      {param.type === 'enum' ? (
        <select id={id} value={draft} onChange={(e) => commit(e.target.value)}>
          {param.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {localized(o.label, lang)}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          value={draft}
          inputMode={numeric ? 'decimal' : undefined}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(e) => commit(e.target.value)}
        />
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {t(`paramProblem.${problem.code.slice(6)}`, { ...problem })}
        </p>
      )}
    </div>
  );
}
