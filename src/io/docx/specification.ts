import type { FileChild } from 'docx';
import type { Catalogue } from '../../domain/catalogue/catalogue';
import type { Language, Project } from '../../domain/model';
import { formatParameterValue } from '../../domain/requirement/parameters';
import { localized } from '../../domain/requirement/localized';
import type { ResolvedRequirement } from '../../domain/requirement/resolve';
import type { NumberedRequirement, Specification } from '../../domain/specification/assemble';
import { specificationIntroduction } from '../../domain/specification/introduction';
import { formatDocumentDate, formatDocumentNumber, frameDocument, memoText, specificationCover, type DocText } from './frame';
import { heading, labelled, paragraph, paragraphs, table, TocEntries } from './layout';
import { responseForm } from './response-form';
import { standardTitle } from '../../domain/catalogue/standard-title';

export interface SpecificationDocumentInput {
  project: Project;
  specification: Specification;
  catalogue: Catalogue;
  lang: Language;
  t: DocText;
  /** ISO date the document is dated; the project's last change when not given. */
  date?: string;
  /** Called after each block of requirements, so a long export can show how far it is. */
  onProgress?: (done: number, total: number) => void;
}

const number = formatDocumentNumber;

function areaName(catalogue: Catalogue, areaId: string, lang: Language, t: DocText): string {
  const area = catalogue.areas.get(areaId);
  return area ? localized(area.name, lang) : areaId || t('export:requirements.noArea');
}

export function categoryName(category: string, t: DocText): string {
  const key = `library:category.${category}`;
  const name = t(key);
  return name === key || name === `category.${category}` ? category : name;
}

function standardNames(r: ResolvedRequirement, catalogue: Catalogue, lang: Language): string {
  return r.standards
    .map((id) => {
      const s = catalogue.standards.get(id);
      if (!s) return id;
      const title = standardTitle(s, lang);
      return s.version && !title.includes(s.version) ? `${title} (${s.version})` : title;
    })
    .join('; ');
}

/** How much a should-requirement counts under the project's model: weight, deduction or nothing. */
export function weightText(r: ResolvedRequirement, project: Project, lang: Language): string {
  if (r.kind !== 'should') return '–';
  if (project.evaluation.model === 'added-value') {
    const v = r.selected.value;
    return v === undefined ? '–' : `${number(v, lang)} ${project.evaluation.currency ?? ''}`.trim();
  }
  return r.weight === undefined ? '–' : number(r.weight, lang);
}

type BuildInput = SpecificationDocumentInput & { toc: TocEntries };

function introduction(input: BuildInput): FileChild[] {
  const { project, specification, catalogue, lang, t } = input;
  const intro = specificationIntroduction(project, specification);
  const out: FileChild[] = [heading(1, t('export:intro.heading'), '1', { pageBreakBefore: true, toc: input.toc })];

  out.push(heading(2, t('export:intro.purpose.heading'), '1.1', { toc: input.toc }));
  out.push(
    paragraph(
      intro.organisation
        ? t('export:intro.purpose.withOrganisation', { organisation: intro.organisation, title: intro.title })
        : t('export:intro.purpose.withoutOrganisation', { title: intro.title }),
    ),
  );
  if (intro.users.length > 0) out.push(paragraph(t('export:intro.purpose.users', { users: intro.users.map((u) => t(`export:users.${u}`)).join(', ') })));
  if (intro.pupils !== undefined && intro.schools)
    out.push(paragraph(t('export:intro.purpose.scale', { schools: number(intro.schools, lang), pupils: number(intro.pupils, lang) })));
  else if (intro.pupils !== undefined) out.push(paragraph(t('export:intro.purpose.scalePupils', { pupils: number(intro.pupils, lang) })));
  if (intro.areaIds.length > 0) out.push(paragraph(t('export:intro.purpose.areas', { areas: intro.areaIds.map((a) => areaName(catalogue, a, lang, t)).join(', ') })));

  out.push(heading(2, t('export:intro.background.heading'), '1.2', { toc: input.toc }));
  let said = false;
  if (intro.problem) {
    out.push(paragraph(t('export:intro.background.problem'), { bold: true }), ...paragraphs(intro.problem));
    said = true;
  }
  if (intro.existingSystems) {
    out.push(paragraph(t('export:intro.background.existing'), { bold: true }), ...paragraphs(intro.existingSystems));
    said = true;
  }
  if (intro.timeline.length > 0) {
    out.push(paragraph(t('export:intro.background.timeline'), { bold: true }));
    for (const step of intro.timeline) out.push(labelled(t(`export:intro.timeline.${step.key}`), formatDocumentDate(step.date, lang)));
    said = true;
  }
  if (intro.contractYears) out.push(paragraph(t('export:intro.background.contractYears', { years: number(intro.contractYears, lang) })));
  if (intro.personalData) out.push(paragraph(t('export:intro.background.personalData')));
  if (intro.dpiaNeeded) out.push(paragraph(t('export:intro.background.dpia')));
  if (!said && !intro.personalData && !intro.contractYears) out.push(paragraph(t('export:intro.background.none')));

  out.push(heading(2, t('export:intro.procedure.heading'), '1.3', { toc: input.toc }));
  out.push(
    paragraph(
      intro.procedure ? t('export:intro.procedure.chosen', { procedure: t(`export:procedure.${intro.procedure}`) }) : t('export:intro.procedure.notChosen'),
    ),
  );

  const ev = intro.evaluation;
  out.push(heading(2, t('export:intro.evaluation.heading'), '1.4', { toc: input.toc }));
  out.push(paragraph(t('export:intro.evaluation.chosen', { model: t(`export:evaluationModel.${ev.model}`) })));
  if (ev.model === 'price-quality' && ev.priceWeight !== undefined && ev.qualityWeight !== undefined)
    out.push(paragraph(t('export:intro.evaluation.price-quality', { price: number(ev.priceWeight, lang), quality: number(ev.qualityWeight, lang), points: number(ev.maxPoints ?? 10, lang) })));
  else if (ev.model === 'price-quality') out.push(paragraph(t('export:intro.evaluation.price-quality-unweighted')));
  else out.push(paragraph(t(`export:intro.evaluation.${ev.model}`)));
  out.push(paragraph(t('export:intro.evaluation.counts', { total: intro.counts.total, must: intro.counts.must, should: intro.counts.should })));
  if (intro.counts.should > 0 && ev.model === 'price-quality' && intro.shouldWeightTotal > 0)
    out.push(paragraph(t('export:intro.evaluation.weightTotal', { total: number(intro.shouldWeightTotal, lang) })));
  if (intro.counts.should > 0 && ev.model === 'added-value' && intro.shouldValueTotal > 0)
    out.push(paragraph(t('export:intro.evaluation.valueTotal', { total: `${number(intro.shouldValueTotal, lang)} ${ev.currency ?? ''}`.trim() })));
  if (ev.model !== 'lowest-price' && intro.unweightedShould > 0) out.push(paragraph(t('export:intro.evaluation.unweighted', { count: intro.unweightedShould })));

  out.push(heading(2, t('export:intro.reading.heading'), '1.5', { toc: input.toc }));
  out.push(paragraph(t('export:intro.reading.must')), paragraph(t('export:intro.reading.should')), paragraph(t('export:intro.reading.ids')));
  return out;
}

function parameterLine(r: ResolvedRequirement, lang: Language): string {
  return r.parameters
    .filter((p) => r.values[p.name] !== undefined && r.values[p.name] !== '')
    .map((p) => `${localized(p.label, lang)}: ${formatParameterValue(p, r.values[p.name], lang)}`)
    .join('; ');
}

/** One requirement: its id and title as a Heading 4 (so the navigation pane finds K-3.2), then its facts. */
function requirementBlock(n: NumberedRequirement, input: BuildInput): FileChild[] {
  const { project, catalogue, lang, t } = input;
  const r = n.requirement;
  const out: FileChild[] = [heading(4, `${n.number} ${r.title}`)];
  out.push(...paragraphs(r.text));
  const weight = weightText(r, project, lang);
  const kind = [t(`export:requirements.kindLong.${r.kind}`)];
  if (weight !== '–') kind.push(`${t(project.evaluation.model === 'added-value' ? 'export:requirements.value' : 'export:requirements.weight')}: ${weight}`);
  out.push(labelled(t('export:requirements.type'), kind.join('; ')));
  const params = parameterLine(r, lang);
  if (params) out.push(labelled(t('export:requirements.parameters'), params));
  if (r.motive) out.push(labelled(t('export:requirements.rationale'), r.motive));
  if (r.verification) out.push(labelled(t('export:requirements.verification'), r.verification));
  const standards = standardNames(r, catalogue, lang);
  if (standards) out.push(labelled(t('export:requirements.standards'), standards));
  return out;
}

function requirementChapters(input: BuildInput): FileChild[] {
  const { specification, catalogue, lang, t } = input;
  const out: FileChild[] = [heading(1, t('export:requirements.heading'), '2', { pageBreakBefore: true, toc: input.toc })];
  const total = specification.requirements.length;
  let done = 0;
  specification.sections.forEach((section, si) => {
    const sectionNumber = `2.${si + 1}`;
    out.push(heading(2, areaName(catalogue, section.areaId, lang, t), sectionNumber, { toc: input.toc }));
    const area = catalogue.areas.get(section.areaId);
    if (area?.description) out.push(paragraph(localized(area.description, lang), { style: 'Note' }));
    section.categories.forEach((cat, ci) => {
      out.push(heading(3, categoryName(cat.category, t), `${sectionNumber}.${ci + 1}`));
      for (const n of cat.requirements) out.push(...requirementBlock(n, input));
      done += cat.requirements.length;
      input.onProgress?.(done, total);
    });
  });
  return out;
}

/** The words the kind column shows: must and should as the document's language calls them. */
export function kindWords(t: DocText): string[] {
  return [t('export:requirements.kind.must'), t('export:requirements.kind.should')];
}

function categoryWords(specification: Specification, t: DocText): string[] {
  return [...new Set(specification.requirements.map((n) => n.requirement.category))].map((c) => categoryName(c, t));
}

function summaryTable(input: BuildInput): FileChild[] {
  const { project, specification, lang, t } = input;
  const valueHeader = project.evaluation.model === 'added-value' ? t('export:summary.value') : t('export:summary.weight');
  return [
    heading(1, t('export:summary.heading'), '3', { pageBreakBefore: true, toc: input.toc }),
    paragraph(t('export:summary.intro')),
    table(
      [
        { header: t('export:summary.id'), share: 1.1 },
        { header: t('export:summary.title'), share: 4.5 },
        { header: t('export:summary.category'), share: 2, fit: categoryWords(specification, t) },
        { header: t('export:summary.kind'), share: 1.4, fit: kindWords(t) },
        { header: valueHeader, share: 1.2 },
      ],
      specification.requirements.map((n) => [
        n.number,
        n.requirement.title,
        categoryName(n.requirement.category, t),
        t(`export:requirements.kind.${n.requirement.kind}`),
        weightText(n.requirement, project, lang),
      ]),
    ),
  ];
}

/** The specification with the response form as Annex A, as a docx Document ready to pack. */
export function specificationDocument(given: SpecificationDocumentInput) {
  const input: BuildInput = { ...given, t: memoText(given.t), toc: new TocEntries() };
  const { project, t, lang } = input;
  const body: FileChild[] = [
    ...introduction(input),
    ...requirementChapters(input),
    ...summaryTable(input),
    ...responseForm({ specification: input.specification, t, lang, toc: input.toc }),
  ];
  return frameDocument({
    lang,
    t,
    kind: t('export:kind.specification'),
    ...specificationCover(project, input.date),
    toc: input.toc,
    body,
  });
}

