import { useTranslation } from 'react-i18next';
import { removeRequirement, setGroup, setParameter, swapRequirements, updateRequirement } from '../../../domain/project/requirements';
import { localized } from '../../../domain/requirement/localized';
import type { ResolvedRequirement } from '../../../domain/requirement/resolve';
import { wordingDiff } from '../../../domain/requirement/wording-diff';
import type { Language } from '../../../domain/model';
import { useCatalogue, useProject, useUpdateProject } from '../../../store';
import { ParameterInput } from './ParameterInput';

/** Edit one requirement: kind, weight or value, parameters, and local wording shown as a difference. */
export function RequirementEditor({
  id,
  requirement: r,
  areaId,
  prevUid,
  nextUid,
}: {
  id: string;
  requirement: ResolvedRequirement;
  areaId: string;
  prevUid?: string;
  nextUid?: string;
}) {
  const { t, i18n } = useTranslation('during');
  const catalogue = useCatalogue();
  const ownAreas = catalogue ? r.areas.filter((a) => catalogue.areas.has(a)) : [];
  const update = useUpdateProject();
  const project = useProject();
  const docLang = project.language as Language;
  const templateText = r.template ? localized(r.template.text, docLang) : '';
  const override = r.selected.textOverride;
  const model = project.evaluation.model;
  return (
    <div id={id} className="requirement-editor">
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('kindLabel')}</label>
          <select id={`${id}-kind`} value={r.kind} onChange={(e) => update((p) => updateRequirement(p, r.uid, { kind: e.target.value as 'must' | 'should' }))}>
            <option value="must">{t('kind.must')}</option>
            <option value="should">{t('kind.should')}</option>
          </select>
        </div>
        {r.kind === 'should' && model === 'price-quality' && (
          <div className="field">
            <label htmlFor={`${id}-weight`}>{t('weight')}</label>
            <input
              id={`${id}-weight`}
              type="number"
              min={0}
              max={1000}
              value={r.selected.weight ?? ''}
              onChange={(e) => {
                const v = e.target.value === '' ? undefined : Number(e.target.value);
                if (v === undefined || (v >= 0 && v <= 1000)) update((p) => updateRequirement(p, r.uid, { weight: v }), `${id}-weight`);
              }}
            />
          </div>
        )}
        {r.kind === 'should' && model === 'added-value' && (
          <div className="field">
            <label htmlFor={`${id}-value`}>{t('addedValue', { currency: project.evaluation.currency ?? '' })}</label>
            <input
              id={`${id}-value`}
              type="number"
              min={0}
              value={r.selected.value ?? ''}
              onChange={(e) => {
                const v = e.target.value === '' ? undefined : Number(e.target.value);
                if (v === undefined || v >= 0) update((p) => updateRequirement(p, r.uid, { value: v }), `${id}-value`);
              }}
            />
          </div>
        )}
        {ownAreas.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-group`}>{t('group')}</label>
            <select id={`${id}-group`} aria-describedby={`${id}-group-hint`} value={areaId} onChange={(e) => update((p) => setGroup(p, r.uid, e.target.value))}>
              {ownAreas.map((a) => (
                <option key={a} value={a}>
                  {localized(catalogue?.areas.get(a)?.name, i18n.language as Language)}
                </option>
              ))}
            </select>
            <p className="hint" id={`${id}-group-hint`}>
              {t('groupHint')}
            </p>
          </div>
        )}
      </div>
      {r.parameters.length > 0 && (
        <fieldset>
          <legend>{t('parameters')}</legend>
          <div className="field-row">
            {r.parameters.map((param) => (
              <ParameterInput
                key={param.name}
                id={`${id}-p-${param.name}`}
                param={param}
                value={r.values[param.name]}
                onValid={(v) => update((p) => setParameter(p, r.uid, param.name, v), `${id}-p-${param.name}`)}
              />
            ))}
          </div>
          <p className="hint" aria-live="polite">
            {t('rendered')}: {r.text}
          </p>
        </fieldset>
      )}
      {!r.custom && r.template && (
        <div className="field wording">
          <label htmlFor={`${id}-wording`}>{t('wording')}</label>
          <p className="hint" id={`${id}-wording-hint`}>
            {t('wordingHint', { id: r.template.id, version: r.selected.templateVersion })}
          </p>
          <textarea
            id={`${id}-wording`}
            aria-describedby={`${id}-wording-hint`}
            value={override ?? templateText}
            onChange={(e) => update((p) => updateRequirement(p, r.uid, { textOverride: e.target.value === templateText ? undefined : e.target.value }), `${id}-wording`)}
          />
          {override !== undefined && override !== templateText && (
            <>
              <p className="wording-diff" aria-label={t('diffLabel')}>
                {wordingDiff(templateText, override).map((c, i) =>
                  c.kind === 'same' ? (
                    <span key={i}>{c.text}</span>
                  ) : c.kind === 'added' ? (
                    <ins key={i}>{c.text}</ins>
                  ) : (
                    <del key={i}>{c.text}</del>
                  ),
                )}
              </p>
              <button type="button" onClick={() => update((p) => updateRequirement(p, r.uid, { textOverride: undefined }))}>
                {t('resetWording')}
              </button>
            </>
          )}
        </div>
      )}
      <div className="row-actions">
        <button type="button" disabled={!prevUid} onClick={() => prevUid && update((p) => swapRequirements(p, r.uid, prevUid))}>
          {t('moveUp')}
        </button>
        <button type="button" disabled={!nextUid} onClick={() => nextUid && update((p) => swapRequirements(p, r.uid, nextUid))}>
          {t('moveDown')}
        </button>
        <button type="button" className="danger" onClick={() => update((p) => removeRequirement(p, r.uid))}>
          {t('removeRequirement')}
        </button>
      </div>
    </div>
  );
}
