import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateBids } from '../../../domain/evaluation/evaluate';
import { evaluatedRequirements, evaluationSettings } from '../../../domain/evaluation/model';
import { sensitivity, winnersByPriceShare } from '../../../domain/evaluation/sensitivity';
import type { Bid, Language } from '../../../domain/model';
import { assembleSpecification } from '../../../domain/specification/assemble';
import { newId, nowIso, useCatalogue, useProject, useUpdateProject } from '../../../store';
import { DocumentExportButton, type DocumentTask } from '../export/DocumentExportButton';
import { BidEditor } from './BidEditor';
import { EvaluationResultView } from './EvaluationResultView';
import { ModelSettings } from './ModelSettings';
import { exportFileName } from '../../../io/docx/file-name';

const DEFAULT_CURRENCY: Record<string, 'SEK' | 'DKK' | 'EUR' | 'NOK'> = { se: 'SEK', dk: 'DKK', no: 'NOK' };

/** Tender evaluation: bids by the announced model, every step shown, and a protocol to export. */
export default function EvaluationPage() {
  const { t, i18n } = useTranslation('evaluation');
  const project = useProject();
  const update = useUpdateProject();
  const catalogue = useCatalogue();
  const lang = (i18n.language as Language) ?? project.language;

  const spec = useMemo(() => (catalogue ? assembleSpecification(project, catalogue, project.language) : undefined), [project, catalogue]);
  const requirements = useMemo(() => (spec ? evaluatedRequirements(project, spec) : []), [project, spec]);
  const settings = useMemo(() => evaluationSettings(project.evaluation, DEFAULT_CURRENCY[project.country] ?? 'EUR'), [project.evaluation, project.country]);
  const bids = useMemo(() => project.bids ?? [], [project.bids]);
  const result = useMemo(() => evaluateBids(bids, requirements, settings), [bids, requirements, settings]);
  const cases = useMemo(() => sensitivity(bids, requirements, settings), [bids, requirements, settings]);
  const flips = useMemo(() => (settings.model === 'price-quality' && bids.length > 0 ? winnersByPriceShare(bids, requirements, settings) : []), [bids, requirements, settings]);

  const updateBid = (id: string) => (recipe: (b: Bid) => Bid, coalesce?: string) =>
    update((p) => ({ ...p, bids: (p.bids ?? []).map((b) => (b.id === id ? recipe(b) : b)) }), coalesce);

  // The protocol is written in the project's language, like the specification it evaluates against.
  const exportProtocol: DocumentTask = async ({ t: docT, lang: docLang, onStage }) => {
    const { evaluationProtocolBlob } = await import('../../../io/docx/evaluation-protocol');
    onStage('building');
    const blob = await evaluationProtocolBlob({ project, requirements, result, sensitivity: cases, flips, lang: docLang, t: docT, date: nowIso() });
    return { blob, fileName: exportFileName(docT('export:kind.evaluationProtocol'), project) };
  };

  const shoulds = requirements.filter((r) => r.kind === 'should');
  return (
    <section aria-labelledby="evaluation-title" className="evaluation">
      <h1 id="evaluation-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {!catalogue && <p className="notice">{t('noCatalogue')}</p>}
      <ModelSettings settings={settings} onChange={(patch) => update((p) => ({ ...p, evaluation: { ...evaluationSettings(p.evaluation, settings.currency), ...p.evaluation, ...patch } }), 'evaluation-model')} />

      {settings.model !== 'lowest-price' && shoulds.length > 0 && (
        <section className="card" aria-labelledby="evaluation-weights">
          <h2 id="evaluation-weights">{settings.model === 'added-value' ? t('answers.value') : t('answers.weight')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('answers.requirement')}</th>
                <th scope="col">{settings.model === 'added-value' ? `${t('answers.value')} (${settings.currency})` : t('answers.weight')}</th>
              </tr>
            </thead>
            <tbody>
              {shoulds.map((r) => (
                <tr key={r.uid}>
                  <th scope="row">
                    {r.number} {r.title}
                  </th>
                  <td>
                    <input
                      type="number"
                      min={0}
                      step="any"
                      aria-label={`${r.number} ${settings.model === 'added-value' ? t('answers.value') : t('answers.weight')}`}
                      value={settings.model === 'added-value' ? r.value : r.weight}
                      onChange={(e) => {
                        const v = Math.max(0, Number(e.target.value) || 0);
                        const field = settings.model === 'added-value' ? 'value' : 'weight';
                        update((p) => ({ ...p, requirements: p.requirements.map((x) => (x.uid === r.uid ? { ...x, [field]: field === 'weight' ? Math.min(1000, v) : v } : x)) }), `weight-${r.uid}`);
                      }}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section aria-labelledby="evaluation-bids">
        <h2 id="evaluation-bids">{t('bids.heading')}</h2>
        {bids.length === 0 && <p>{t('bids.none')}</p>}
        {bids.map((b) => (
          <BidEditor key={b.id} bid={b} requirements={requirements} settings={settings} onChange={updateBid(b.id)} onDelete={() => update((p) => ({ ...p, bids: (p.bids ?? []).filter((x) => x.id !== b.id) }))} />
        ))}
        <button type="button" onClick={() => update((p) => ({ ...p, bids: [...(p.bids ?? []), { id: newId(), supplier: '', price: 0, currency: settings.currency, answers: {} }] }))}>
          {t('bids.add')}
        </button>
      </section>

      {bids.length > 0 && spec && <EvaluationResultView result={result} sensitivity={cases} flips={flips} lang={lang} />}
      {bids.length > 0 && spec && (
        <DocumentExportButton label={t('protocol.button')} lang={project.language} task={exportProtocol} />
      )}
    </section>
  );
}
