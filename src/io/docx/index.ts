/**
 * The Word export's entry point: one module the app loads with `import()` when the user exports
 * (so `docx` stays out of the first bundle) and the CLI imports directly.
 */
import type { Document } from 'docx';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import type { CheckRun, Language, Project } from '../../domain/model';
import { assembleSpecification } from '../../domain/specification/assemble';
import { checkReportDocument } from './check-report';
import { checklistsDocument } from './checklists';
import { responseFormDocument } from './response-form';
import type { DocText } from './frame';
import { specificationDocument } from './specification';

export { checkReportDocument };
export { checklistsDocument } from './checklists';
export { specificationDocument } from './specification';
export { responseFormDocument } from './response-form';
export { DOCX_MIME, toBlob, toBuffer } from './pack';
export { exportFileName } from './file-name';
export type { DocText } from './frame';

export type ExportWhat = 'specification' | 'response-form' | 'checklists';
export type ExportStage = 'assembling' | 'building' | 'packing';

export interface ExportRequest {
  what: ExportWhat;
  project: Project;
  catalogue: Catalogue;
  lang: Language;
  t: DocText;
  /** Stages in order, so a long export can say what it is doing. */
  onStage?: (stage: ExportStage) => void;
}

/** Lets the browser paint the progress message between the steps of a long export. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Builds the document for a request; the caller packs it with toBlob (browser) or toBuffer (Node). */
export async function buildExportDocument(req: ExportRequest): Promise<Document> {
  const { project, catalogue, lang, t } = req;
  req.onStage?.('assembling');
  await nextTurn();
  if (req.what === 'checklists') {
    req.onStage?.('building');
    await nextTurn();
    return checklistsDocument({ project, catalogue, lang, t });
  }
  const specification = assembleSpecification(project, catalogue, lang);
  req.onStage?.('building');
  await nextTurn();
  if (req.what === 'response-form') return responseFormDocument({ project, specification, lang, t });
  return specificationDocument({ project, specification, catalogue, lang, t });
}

/** A saved contract-check run as Word, its requirements numbered as in the project's specification. */
export function checkReportForProject(input: { run: CheckRun; project: Project; catalogue: Catalogue; lang: Language; t: DocText }): Document {
  const spec = assembleSpecification(input.project, input.catalogue, input.lang);
  const numbers = new Map(spec.requirements.map((r) => [r.requirement.uid, r.number]));
  return checkReportDocument({ run: input.run, project: input.project, numbers, lang: input.lang, t: input.t });
}
