import type { FileChild } from 'docx';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import { checklistEntries, isSettled, type ChecklistEntry } from '../../domain/checklist/checklist';
import type { Language, Phase, Project } from '../../domain/model';
import { localized } from '../../domain/requirement/localized';
import { formatDocumentDate, frameDocument, memoText, type DocText } from './frame';
import { factsTable, heading, paragraph, table, TocEntries } from './layout';

export interface ChecklistsDocumentInput {
  project: Project;
  catalogue: Catalogue;
  lang: Language;
  t: DocText;
  date?: string;
}

const PHASES: readonly Phase[] = ['before', 'during', 'after'];
const STATUSES = ['open', 'in-progress', 'done', 'not-applicable'] as const;

function itemText(e: ChecklistEntry, lang: Language): string {
  return e.customText ?? (localized(e.item?.text, lang) || e.id);
}

function owner(e: ChecklistEntry, t: DocText): string {
  const role = t(`checklist:role.${e.role}`);
  return e.state.owner ? `${e.state.owner} (${role})` : role;
}

/** The roles the owner column names, bare and in brackets after a person's name. */
export function ownerWords(entries: readonly Pick<ChecklistEntry, 'role'>[], t: DocText): string[] {
  return [...new Set(entries.map((e) => e.role))].flatMap((role) => {
    const name = t(`checklist:role.${role}`);
    return [name, `(${name})`];
  });
}

/** Every month's name as a date shows it ("28 september 2026"), so a due date never breaks inside a word. */
function dateWords(lang: Language): string[] {
  return Array.from({ length: 12 }, (_, m) => formatDocumentDate(`2026-${String(m + 1).padStart(2, '0')}-28`, lang));
}

function phaseSection(phase: Phase, index: number, input: ChecklistsDocumentInput & { toc: TocEntries }): FileChild[] {
  const { project, catalogue, lang, t } = input;
  const entries = checklistEntries(project, catalogue, phase);
  const out: FileChild[] = [heading(1, t('export:checklists.heading', { phase: t(`export:phase.${phase}`) }), String(index), { pageBreakBefore: true, toc: input.toc })];
  if (entries.length === 0) return [...out, paragraph(t('export:checklists.empty'))];
  const settled = entries.filter((e) => isSettled(e.state)).length;
  const signed = entries.filter((e) => e.state.signedOff).length;
  out.push(paragraph(t('export:checklists.progress', { settled, total: entries.length, signed })));
  out.push(
    table(
      [
        { header: t('export:checklists.item'), share: 3.6 },
        { header: t('export:checklists.owner'), share: 1.8, fit: ownerWords(entries, t) },
        { header: t('export:checklists.status'), share: 1.3, fit: STATUSES.map((s) => t(`checklist:statusValue.${s}`)) },
        { header: t('export:checklists.due'), share: 1.2, fit: dateWords(lang) },
        { header: t('export:checklists.note'), share: 2.6 },
        { header: t('export:checklists.signedOff'), share: 1.8, fit: dateWords(lang) },
      ],
      entries.map((e) => [
        itemText(e, lang),
        owner(e, t),
        t(`checklist:statusValue.${e.state.status}`),
        e.state.due ? formatDocumentDate(e.state.due, lang) : '',
        e.state.note ?? '',
        e.state.signedOff ? t('export:checklists.signedBy', { by: e.state.signedOff.by, date: formatDocumentDate(e.state.signedOff.at, lang) }) : '',
      ]),
    ),
  );
  return out;
}

/** The checklists of all phases with owners, status, notes and sign-offs, and a block for the school leader's review. */
export function checklistsDocument(given: ChecklistsDocumentInput) {
  const input = { ...given, t: memoText(given.t), toc: new TocEntries() };
  const { project, t, lang } = input;
  const body: FileChild[] = PHASES.flatMap((phase, i) => phaseSection(phase, i + 1, input));
  body.push(
    heading(1, t('export:checklists.review.heading'), String(PHASES.length + 1), { toc: input.toc }),
    paragraph(t('export:checklists.review.text')),
    factsTable([
      [t('export:checklists.review.name'), project.before.roles?.schoolLeader ?? ''],
      [t('export:checklists.review.date'), ''],
      [t('export:checklists.review.signature'), ''],
    ]),
  );
  return frameDocument({
    lang,
    t,
    kind: t('export:kind.checklists'),
    title: project.title,
    organisation: project.organisation,
    reference: project.reference,
    version: project.specVersion,
    date: given.date ?? project.updatedAt,
    toc: input.toc,
    body,
  });
}
