import { useTranslation } from 'react-i18next';
import { assembleSpecification } from '../../../domain/specification/assemble';
import { localized } from '../../../domain/requirement/localized';
import type { Language } from '../../../domain/model';
import { useCatalogue, useProject } from '../../../store';

/** The specification as it will be exported: by area, then category, numbered. */
export function SpecificationList() {
  const { t, i18n } = useTranslation('during');
  const project = useProject();
  const catalogue = useCatalogue()!;
  const lang = i18n.language as Language;
  const spec = assembleSpecification(project, catalogue, project.language);
  if (spec.requirements.length === 0) return <p className="empty">{t('noRequirements')}</p>;
  return (
    <section aria-labelledby="spec-title">
      <h2 id="spec-title">{t('specTitle', { count: spec.requirements.length })}</h2>
      {spec.sections.map((s) => (
        <section key={s.areaId} aria-label={s.areaId ? localized(catalogue.areas.get(s.areaId)?.name, lang) : t('noArea')}>
          <h3>
            {s.index}. {s.areaId ? localized(catalogue.areas.get(s.areaId)?.name, lang) : t('noArea')}
          </h3>
          <ul className="requirement-list">
            {s.categories.flatMap((c) =>
              c.requirements.map(({ number, requirement: r }) => (
                <li key={r.uid}>
                  <strong>{number}</strong> <span className={`badge badge-${r.kind}`}>{t(`kind.${r.kind}`)}</span> {r.title}
                  <p>{r.text}</p>
                </li>
              )),
            )}
          </ul>
        </section>
      ))}
    </section>
  );
}
