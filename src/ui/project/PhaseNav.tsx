import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { phaseProgress } from '../../domain/checklist/checklist';
import { PHASES } from '../../domain/model';
import { useCatalogue, useProject } from '../../store';

/** The three phases as a progress indicator, then the tools that serve them. */
export function PhaseNav() {
  const { t } = useTranslation();
  const project = useProject();
  const catalogue = useCatalogue();
  const progress = catalogue ? phaseProgress(project, catalogue) : null;
  return (
    <nav className="phase-nav" aria-label={t('nav.phases')}>
      <ol className="phases">
        {PHASES.map((phase, i) => {
          const p = progress?.[phase];
          return (
            <li key={phase}>
              <NavLink to={phase}>
                <span className="step" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="phase-name">{t(`phase.${phase}`)}</span>
                {p && p.total > 0 && (
                  <span className="phase-progress">
                    <progress max={p.total} value={p.settled} aria-label={t('phase.progressLabel', { phase: t(`phase.${phase}`) })} />
                    <span>{t('phase.progress', { settled: p.settled, total: p.total })}</span>
                  </span>
                )}
              </NavLink>
            </li>
          );
        })}
      </ol>
      <ul className="tools">
        <li>
          <NavLink to="review">{t('nav.review')}</NavLink>
        </li>
        <li>
          <NavLink to="library">{t('nav.library')}</NavLink>
        </li>
        <li>
          <NavLink to="contract">{t('nav.contract')}</NavLink>
        </li>
        <li>
          <NavLink to="evaluation">{t('nav.evaluation')}</NavLink>
        </li>
        <li>
          <NavLink to="pool">{t('nav.pool')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
