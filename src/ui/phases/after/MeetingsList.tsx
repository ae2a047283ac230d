import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/model';
import { formatDate } from '../../../i18n';
import { useProject, useUpdateProject } from '../../../store';

/** Follow-up meetings with the supplier: date, topic and notes. */
export function MeetingsList() {
  const { t, i18n } = useTranslation('after');
  const project = useProject();
  const update = useUpdateProject();
  const [date, setDate] = useState('');
  const [topic, setTopic] = useState('');
  const meetings = project.after?.meetings ?? [];
  return (
    <section className="card" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{t('meetings.title')}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{t('meetings.empty')}</p>
      ) : (
        <ul>
          {meetings.map((m, i) => (
            <li key={`${m.date}-${i}`}>
              {formatDate(m.date, i18n.language as Language)} — {m.topic}{' '}
              <button
                type="button"
                className="link"
                onClick={() => update((p) => ({ ...p, after: { ...p.after, meetings: (p.after?.meetings ?? []).filter((_, j) => j !== i) } }))}
                aria-label={t('meetings.removeNamed', { topic: m.topic })}
              >
                {t('common:remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="field-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !topic.trim()) return;
          const meeting = { date, topic: topic.trim().slice(0, 500) };
          update((p) => ({ ...p, after: { ...p.after, meetings: [...(p.after?.meetings ?? []), meeting].sort((a, b) => a.date.localeCompare(b.date)) } }));
          setTopic('');
        }}
      >
        <div className="field">
          <label htmlFor="m-date">{t('meetings.date')}</label>
          <input id="m-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="m-topic">{t('meetings.topic')}</label>
          <input id="m-topic" value={topic} onChange={(e) => setTopic(e.target.value)} />
        </div>
        <div className="field">
          <span aria-hidden="true">&nbsp;</span>
          <button type="submit" disabled={!date || !topic.trim()}>
            {t('meetings.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
