import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setChecklistState, type ChecklistEntry } from '../../domain/checklist/checklist';
import { localized } from '../../domain/requirement/localized';
import type { ChecklistState, Language } from '../../domain/model';
import { formatDate } from '../../i18n';
import { nowIso, useUpdateProject } from '../../store';

const STATUSES: ChecklistState['status'][] = ['open', 'in-progress', 'done', 'not-applicable'];

/** One checklist item: status, owner, due date, note and the sign-off of who settled it. */
export function ChecklistItemRow({ entry, showPhase = false }: { entry: ChecklistEntry; showPhase?: boolean }) {
  const { t, i18n } = useTranslation('checklist');
  const lang = i18n.language as Language;
  const update = useUpdateProject();
  const [signer, setSigner] = useState('');
  const text = entry.item ? localized(entry.item.text, lang) : (entry.customText ?? '');
  const help = entry.item?.help ? localized(entry.item.help, lang) : '';
  const id = `cl-${entry.id.replace(/[^a-z0-9-]/gi, '-')}`;
  const patch = (p: Partial<ChecklistState>, key?: string) => update((proj) => setChecklistState(proj, entry.id, p), key);
  const { state } = entry;

  return (
    <li className={`checklist-item status-${state.status}`}>
      <div className="checklist-text">
        <p id={`${id}-text`}>
          {showPhase && <span className="badge">{t(`common:phase.${entry.phase}`)}</span>} {text}
        </p>
        {help && <p className="hint">{help}</p>}
        <p className="meta">{t('owner', { role: t(`role.${entry.role}`) })}</p>
      </div>
      <div className="checklist-controls">
        <label>
          <span>{t('status')}</span>
          <select value={state.status} aria-describedby={`${id}-text`} onChange={(e) => patch({ status: e.target.value as ChecklistState['status'] })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statusValue.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('assignee')}</span>
          <input value={state.owner ?? ''} maxLength={500} aria-describedby={`${id}-text`} onChange={(e) => patch({ owner: e.target.value || undefined }, `${id}-owner`)} />
        </label>
        <label>
          <span>{t('due')}</span>
          <input type="date" value={state.due ?? ''} aria-describedby={`${id}-text`} onChange={(e) => patch({ due: e.target.value || undefined })} />
        </label>
        <label className="note">
          <span>{t('note')}</span>
          <textarea value={state.note ?? ''} maxLength={20000} aria-describedby={`${id}-text`} onChange={(e) => patch({ note: e.target.value || undefined }, `${id}-note`)} />
        </label>
        {state.signedOff ? (
          <p className="signed">
            {t('signedBy', { by: state.signedOff.by, date: formatDate(state.signedOff.at, lang, true) })}{' '}
            <button type="button" className="link" onClick={() => patch({ signedOff: undefined })}>
              {t('withdraw')}
            </button>
          </p>
        ) : (
          <form
            className="sign-off"
            onSubmit={(e) => {
              e.preventDefault();
              const by = signer.trim();
              if (!by) return;
              patch({ signedOff: { by: by.slice(0, 200), at: nowIso() }, status: state.status === 'open' || state.status === 'in-progress' ? 'done' : state.status });
              setSigner('');
            }}
          >
            <label>
              <span>{t('signerName')}</span>
              <input value={signer} onChange={(e) => setSigner(e.target.value)} aria-describedby={`${id}-text`} />
            </label>
            <button type="submit" disabled={!signer.trim()}>
              {t('signOff')}
            </button>
          </form>
        )}
      </div>
    </li>
  );
}
