import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkReportFile, effectiveSummary } from '../../../domain/contract/report';
import { isContractCheckable } from '../../../domain/contract/requirement-check';
import { reviewFinding, reviewRisk, withCheckRun, withoutCheckRun } from '../../../domain/contract/review';
import type { Clause } from '../../../domain/contract/clause';
import type { CheckRun } from '../../../domain/model';
import { assembleSpecification } from '../../../domain/specification/assemble';
import { checkInWorker } from '../../../io/contract/check-in-worker';
import { LIMITS, readErrorMessage } from '../../../io/contract/read-result';
import { newId, nowIso, useCatalogue, useProject, useUpdateProject } from '../../../store';
import { downloadJson } from '../../common/download';
import { CheckReport } from './CheckReport';
import { ContractDrop, type ContractSource } from './ContractDrop';
import { DocxReportButton } from './DocxReportButton';
import { RiskList } from './RiskList';
import './contract-check.css';

/** Contract check: the supplier's contract against the project's requirements, clause by clause. */
export default function ContractCheckPage() {
  const { t, i18n } = useTranslation('contract');
  const project = useProject();
  const update = useUpdateProject();
  const catalogue = useCatalogue();
  const [busy, setBusy] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  // The clauses of contracts read in this session, by run; a saved run keeps only its evidence.
  const [documents, setDocuments] = useState<ReadonlyMap<string, Clause[]>>(new Map());
  const runs = project.checks ?? [];
  const [selectedRun, setSelectedRun] = useState<string | undefined>(runs[runs.length - 1]?.id);
  const run: CheckRun | undefined = runs.find((r) => r.id === selectedRun) ?? runs[runs.length - 1];

  const spec = useMemo(() => (catalogue ? assembleSpecification(project, catalogue, project.language) : undefined), [project, catalogue]);
  const numbers = useMemo(() => new Map((spec?.requirements ?? []).map((r) => [r.requirement.uid, r.number])), [spec]);
  const checkable = (spec?.requirements ?? []).map((r) => r.requirement).filter(isContractCheckable);

  const check = async (source: ContractSource) => {
    if (!spec) return;
    setError(undefined);
    const name = source.kind === 'file' ? source.file.name : t('page.pasteName');
    // Refused before a byte is read: a huge file never reaches memory.
    if (source.kind === 'file' && source.file.size > LIMITS.fileBytes) {
      const m = readErrorMessage({ code: 'too-large', limitBytes: LIMITS.fileBytes });
      setError(t(m.key, m.args));
      return;
    }
    setBusy(name);
    try {
      const response = await checkInWorker({
        source: source.kind === 'file' ? { kind: 'file', name, bytes: await source.file.arrayBuffer() } : { kind: 'paste', name, text: source.text },
        requirements: spec.requirements.map((r) => r.requirement),
        options: { id: newId(), createdAt: nowIso(), country: project.country },
      });
      if (response.ok) {
        update((p) => withCheckRun(p, response.run));
        setDocuments((d) => new Map(d).set(response.run.id, response.clauses));
        setSelectedRun(response.run.id);
      } else {
        const m = readErrorMessage(response.error);
        setError(t(m.key, m.args));
      }
    } catch {
      // The worker itself failed (out of memory on a huge file): say the file could not be read.
      setError(t('readError.corrupt'));
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <section aria-labelledby="contract-title" className="contract-check">
      <h1 id="contract-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      {!catalogue && <p className="notice">{t('page.noCatalogue')}</p>}
      {catalogue && checkable.length === 0 && <p className="notice notice-warn">{t('page.noRequirements')}</p>}
      <ContractDrop busy={!!busy || !spec} onSource={check} />
      <div aria-live="polite">
        {busy && <p className="notice">{t('page.reading', { name: busy })}</p>}
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {run && (
        <>
          <div className="toolbar-actions">
            <button type="button" onClick={() => downloadJson(checkReportFile(run, project), `${run.contract.name.replace(/\.[^.]+$/, '')}.check-report.json`)}>
              {t('page.exportJson')}
            </button>
            <DocxReportButton run={run} project={project} numbers={numbers} />
          </div>
          <CheckReport run={run} clauses={documents.get(run.id)} numbers={numbers} onReview={(uid, patch) => update((p) => reviewFinding(p, run.id, uid, patch), `review-${run.id}-${uid}`)} />
          <RiskList risks={run.risks} onReviewed={(i, reviewed) => update((p) => reviewRisk(p, run.id, i, reviewed))} />
        </>
      )}
      {runs.length > 0 && (
        <section className="card" aria-labelledby="contract-runs">
          <h2 id="contract-runs">{t('page.runs')}</h2>
          <ul className="run-list">
            {[...runs].reverse().map((r) => (
              <li key={r.id}>
                <span aria-current={r.id === run?.id ? 'true' : undefined}>
                  {t('page.runLabel', { name: r.contract.name, date: new Date(r.createdAt).toLocaleString(i18n.language) })} — {t('cli.summary', effectiveSummary(r))}
                </span>
                <span className="row-actions">
                  <button type="button" onClick={() => setSelectedRun(r.id)} disabled={r.id === run?.id}>
                    {t('page.openRun')}
                  </button>
                  <button type="button" onClick={() => update((p) => withoutCheckRun(p, r.id))}>
                    {t('page.deleteRun')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
