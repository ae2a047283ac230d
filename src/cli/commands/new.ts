import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { toProjectFile } from '../../domain/files/project-file';
import type { Language } from '../../domain/model';
import { createProject } from '../../domain/project/create';
import { addTemplate } from '../../domain/project/requirements';
import { applySuggestions, suggestRequirements } from '../../domain/suggestion/suggest';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { parseArgs, type CliCommand } from '../context';
import { readExtraPacks } from '../extra-packs';

const newUid = () => randomUUID().replace(/-/g, '').slice(0, 16);

/**
 * new --lang sv|da|en [--title T] [--area ID]… [--standard ID]… [--template ID]… --out FILE
 * Writes a project with the requirements the wizard would suggest for those choices, plus the
 * named templates.
 */
export const run: CliCommand = async (args, ctx) => {
  const { options } = parseArgs(args, ['personal-data', 'no-personal-data']);
  const lang = (options.get('lang')?.[0] ?? ctx.lang) as Language;
  if (!['sv', 'da', 'en'].includes(lang)) {
    ctx.err(ctx.t('wizard:cli.badLanguage', { lang }));
    return 2;
  }
  const out = options.get('out')?.[0];
  if (!out) {
    ctx.err(ctx.t('cli:missingArgument', { name: '--out FILE' }));
    return 2;
  }
  const extra = await readExtraPacks(options.get('pack') ?? [], ctx);
  if (!extra) return 1;
  const catalogue = await loadCatalogue(extra);
  const areas = options.get('area') ?? [];
  const standards = options.get('standard') ?? [];
  const templates = options.get('template') ?? [];
  const unknown = [
    ...areas.filter((a) => !catalogue.areas.has(a)).map((id) => ctx.t('wizard:cli.unknownArea', { id })),
    ...standards.filter((s) => !catalogue.standards.has(s)).map((id) => ctx.t('wizard:cli.unknownStandard', { id })),
    ...templates.filter((t) => !catalogue.templates.has(t)).map((id) => ctx.t('wizard:cli.unknownTemplate', { id })),
  ];
  if (unknown.length) {
    for (const u of unknown) ctx.err(u);
    return 1;
  }
  const now = new Date().toISOString();
  let project = createProject({ id: newUid(), title: options.get('title')?.[0] ?? ctx.t('wizard:cli.defaultTitle'), language: lang, now });
  project = {
    ...project,
    before: {
      ...project.before,
      areas,
      standards,
      classification: { ...project.before.classification, personalData: !options.has('no-personal-data') },
    },
  };
  project = applySuggestions(project, suggestRequirements(project.before, catalogue), catalogue, newUid).project;
  for (const id of templates) {
    if (project.requirements.some((r) => r.templateId === id)) continue;
    project = addTemplate(project, catalogue, id, newUid(), { addedBy: 'cli' });
  }
  await writeFile(out, JSON.stringify(toProjectFile(project, now), null, 2));
  ctx.out(ctx.t('wizard:cli.wrote', { file: out, count: project.requirements.length }));
  return 0;
};
