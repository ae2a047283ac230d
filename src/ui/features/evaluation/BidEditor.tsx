import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatedRequirement, EvaluationSettings } from '../../../domain/evaluation/model';
import { readResponseAnswers, type ResponseFormProblem } from '../../../domain/evaluation/response-form';
import type { Bid } from '../../../domain/model';
import { readResponseForm } from '../../../io/response-form/read-response-form';

type Answers = Bid['answers'];

/** One bid: supplier, price and currency, and per requirement the answer, points and comment. */
export function BidEditor({
  bid,
  requirements,
  settings,
  onChange,
  onDelete,
}: {
  bid: Bid;
  requirements: readonly EvaluatedRequirement[];
  settings: EvaluationSettings;
  onChange: (recipe: (b: Bid) => Bid, coalesce?: string) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation('evaluation');
  const file = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<{ read: number; problems: ResponseFormProblem[]; error?: string } | null>(null);
  const setAnswer = (uid: string, patch: Partial<Answers[string]>) =>
    onChange((b) => {
      const prev = b.answers[uid] ?? { answer: 'not' as const };
      const next = { ...prev, ...patch };
      if (next.points === undefined) delete next.points;
      if (!next.comment) delete next.comment;
      return { ...b, answers: { ...b.answers, [uid]: next } };
    }, `bid-${bid.id}-${uid}`);

  const importForm = async (f: File) => {
    const read = readResponseForm(new Uint8Array(await f.arrayBuffer()));
    if (!read.ok) return setReport({ read: 0, problems: [], error: t(`import.error.${read.error.code}`) });
    const result = readResponseAnswers(read.tables, requirements);
    onChange((b) => ({ ...b, answers: { ...b.answers, ...Object.fromEntries(Object.entries(result.answers).map(([uid, a]) => [uid, { ...b.answers[uid], ...a }])) } }));
    setReport({ read: result.read, problems: result.problems });
  };

  const label = bid.supplier || t('bids.newSupplier');
  return (
    <article className="card" aria-label={label}>
      <div className="field-row">
        <label className="field">
          {t('bids.supplier')}
          <input value={bid.supplier} maxLength={300} onChange={(e) => onChange((b) => ({ ...b, supplier: e.target.value }), `bid-${bid.id}-supplier`)} />
        </label>
        <label className="field">
          {t('bids.price')}
          <input type="number" min={0} step="any" value={Number.isFinite(bid.price) ? bid.price : ''} onChange={(e) => onChange((b) => ({ ...b, price: Math.max(0, Number(e.target.value) || 0) }), `bid-${bid.id}-price`)} />
        </label>
        <label className="field">
          {t('bids.currency')}
          <select value={bid.currency} onChange={(e) => onChange((b) => ({ ...b, currency: e.target.value as Bid['currency'] }))}>
            {['SEK', 'DKK', 'EUR', 'NOK'].map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={onDelete} aria-label={t('bids.delete', { supplier: label })}>
          ×
        </button>
      </div>
      <p>
        <input ref={file} type="file" accept=".docx" hidden aria-label={t('import.button', { supplier: label })} onChange={(e) => e.target.files?.[0] && importForm(e.target.files[0])} />
        <button type="button" onClick={() => file.current?.click()}>
          {t('import.button', { supplier: label })}
        </button>
      </p>
      {report && (
        <div role="status">
          {report.error ? <p className="notice notice-error">{report.error}</p> : <p className="notice">{t('import.read', { count: report.read })}</p>}
          {report.problems.length > 0 && (
            <>
              <h4>{t('import.problemsHeading')}</h4>
              <ul>
                {report.problems.map((p, i) => (
                  <li key={i}>{t(`import.problem.${p.code}`, p)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <details>
        <summary>{t('bids.edit', { supplier: label })}</summary>
        <table aria-label={t('bids.edit', { supplier: label })}>
          <thead>
            <tr>
              <th scope="col">{t('answers.requirement')}</th>
              <th scope="col">{t('answers.kind')}</th>
              <th scope="col">{t('answers.answer')}</th>
              {settings.model === 'price-quality' && <th scope="col">{t('answers.points', { max: settings.maxPoints })}</th>}
              <th scope="col">{t('answers.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((r) => {
              const a = bid.answers[r.uid];
              const evaluated = r.kind === 'should' && r.weight > 0;
              return (
                <tr key={r.uid}>
                  <th scope="row">
                    {r.number} {r.title}
                  </th>
                  <td>{t(`answers.${r.kind}`)}</td>
                  <td>
                    <select aria-label={`${r.number} ${t('answers.answer')}`} value={a?.answer ?? ''} onChange={(e) => setAnswer(r.uid, { answer: e.target.value as 'fulfilled' })}>
                      <option value="" disabled>
                        {t('answer.missing')}
                      </option>
                      {(['fulfilled', 'partly', 'not'] as const).map((x) => (
                        <option key={x} value={x}>
                          {t(`answer.${x}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  {settings.model === 'price-quality' && (
                    <td>
                      {evaluated && (
                        <input
                          type="number"
                          min={0}
                          max={settings.maxPoints}
                          step="any"
                          aria-label={`${r.number} ${t('answers.points', { max: settings.maxPoints })}`}
                          value={a?.points ?? ''}
                          onChange={(e) => setAnswer(r.uid, { answer: a?.answer ?? 'fulfilled', points: e.target.value === '' ? undefined : Math.min(1000, Math.max(0, Number(e.target.value))) })}
                        />
                      )}
                    </td>
                  )}
                  <td>
                    {/* A comment belongs to an answer: the field opens once the answer is chosen. */}
                    <input aria-label={`${r.number} ${t('answers.comment')}`} value={a?.comment ?? ''} maxLength={20000} disabled={!a} onChange={(e) => setAnswer(r.uid, { comment: e.target.value })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </article>
  );
}
