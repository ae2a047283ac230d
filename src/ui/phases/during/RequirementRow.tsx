import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/model';
import type { ResolvedRequirement } from '../../../domain/requirement/resolve';
import { useCatalogue } from '../../../store';
import { RequirementEditor } from './RequirementEditor';
import { whySuggested } from './reason-text';

interface Props {
  number: string;
  requirement: ResolvedRequirement;
  /** The area the requirement is listed under ('' for none). */
  areaId: string;
  /** The visible neighbours in its group, which up and down swap it with. */
  prevUid?: string;
  nextUid?: string;
  flags: readonly string[];
}

/**
 * One requirement of the specification. Memoised on the requirement's identity, so editing one
 * parameter re-renders that row only, even in a specification of a thousand requirements.
 */
export const RequirementRow = memo(function RequirementRow({ number, requirement: r, areaId, prevUid, nextUid, flags }: Props) {
  const { t, i18n } = useTranslation('during');
  const catalogue = useCatalogue();
  const [open, setOpen] = useState(false);
  const why = catalogue && r.selected.addedBy === 'suggestion' ? whySuggested(t, r.selected.reason, catalogue, i18n.language as Language) : '';
  const editorId = `req-editor-${r.uid}`;
  return (
    <article className="requirement-row" aria-labelledby={`req-${r.uid}`}>
      <header>
        <h4 id={`req-${r.uid}`}>
          <span className="req-number">{number}</span> {r.title}
        </h4>
        <span className={`badge badge-${r.kind}`}>{t(`kind.${r.kind}`)}</span>
        {r.kind === 'should' && r.weight !== undefined && <span className="badge">{t('weightShort', { weight: r.weight })}</span>}
        {r.custom && <span className="badge">{t('custom')}</span>}
        {r.edited && <span className="badge badge-warn">{t('editedBadge')}</span>}
        {r.templateMissing && <span className="badge badge-warn">{t('templateMissing')}</span>}
        {r.newerVersion && <span className="badge badge-warn">{t('newerVersion', { version: r.newerVersion })}</span>}
        {flags.map((f) => (
          <span key={f} className="badge badge-warn">
            {t(`flag.${f}`)}
          </span>
        ))}
        <button type="button" aria-expanded={open} aria-controls={editorId} onClick={() => setOpen((o) => !o)}>
          {open ? t('closeEditor') : t('edit')}
        </button>
      </header>
      <p className="req-text">{r.text}</p>
      {why && <p className="req-why hint">{why}</p>}
      {open && <RequirementEditor id={editorId} requirement={r} areaId={areaId} prevUid={prevUid} nextUid={nextUid} />}
    </article>
  );
});
