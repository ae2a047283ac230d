import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { addTemplate } from '../../domain/project/requirements';
import { localized } from '../../domain/requirement/localized';
import { renderText } from '../../domain/requirement/parameters';
import type { Language } from '../../domain/model';
import { newId, useCatalogue, useKravkitStore } from '../../store';
import { standardTitleOf } from '../../domain/catalogue/standard-title';
import { AreaWithLenses } from './AreaLenses';

/** One template in full: text with its parameters, motive, verification, evidence and origin. */
export function TemplateDetail({ templateId }: { templateId: string }) {
  const { t, i18n } = useTranslation('library');
  const lang = i18n.language as Language;
  const catalogue = useCatalogue()!;
  const { projectId } = useParams();
  const project = useKravkitStore((s) => (projectId && s.project?.id === projectId ? s.project : null));
  const entry = catalogue.templates.get(templateId);
  if (!entry) return null;
  const tpl = entry.template;
  const pack = catalogue.packs.find((p) => p.pack.id === entry.packId);
  const inProject = project?.requirements.some((r) => r.templateId === templateId);
  const terms = tpl.contractEvidence?.terms[lang] ?? [];
  return (
    <div className="card template-detail">
      <p className="template-text">{renderText(localized(tpl.text, lang), tpl.parameters, {}, lang)}</p>
      <dl>
        <dt>{t('motive')}</dt>
        <dd>{localized(tpl.motive, lang)}</dd>
        <dt>{t('verification')}</dt>
        <dd>{localized(tpl.verification, lang)}</dd>
        {tpl.parameters.length > 0 && (
          <>
            <dt>{t('parameters')}</dt>
            <dd>
              {tpl.parameters
                .map((p) => `${localized(p.label, lang)}: ${p.default}${p.min !== undefined || p.max !== undefined ? ` (${p.min ?? '…'}–${p.max ?? '…'})` : ''}`)
                .join('; ')}
            </dd>
          </>
        )}
        <dt>{t('areasLabel')}</dt>
        <dd>
          <ul className="plain">
            {tpl.areas.map((a) => {
              const area = catalogue.areas.get(a);
              return area ? <AreaWithLenses key={a} area={area} /> : <li key={a}>{a}</li>;
            })}
          </ul>
        </dd>
        {tpl.standards.length > 0 && (
          <>
            <dt>{t('standardsLabel')}</dt>
            <dd>{tpl.standards.map((s) => standardTitleOf(catalogue.standards, s, lang)).join(', ')}</dd>
          </>
        )}
        <dt>{t('classification')}</dt>
        <dd>
          {t(`type.${tpl.type}`)} · {t(`level.${tpl.level}`)} · {t(`checkedAt.${tpl.checkedAt}`)} · {t(`common:phase.${tpl.phase}`)}
        </dd>
        {terms.length > 0 && (
          <>
            <dt>{t('evidence')}</dt>
            <dd>{terms.join(' · ')}</dd>
          </>
        )}
        <dt>{t('origin')}</dt>
        <dd>
          {pack ? `${localized(pack.pack.title, lang)} ${pack.pack.version} — ${pack.pack.publisher}, ${pack.pack.licence}` : entry.packId} · {tpl.id} v{tpl.version}
        </dd>
      </dl>
      {project && (
        <button
          type="button"
          className="primary"
          disabled={inProject}
          onClick={() => useKravkitStore.getState().update((p) => addTemplate(p, catalogue, tpl.id, newId(), { addedBy: 'library' }))}
        >
          {inProject ? t('alreadyAdded') : t('addToProject')}
        </button>
      )}
    </div>
  );
}
