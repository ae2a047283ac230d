import { writeFile } from 'node:fs/promises';
import type { Language } from '../../domain/model';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { buildExportDocument, checkReportForProject, toBuffer, type ExportWhat } from '../../io/docx';
import { UI_LANGUAGES } from '../../i18n';
import { parseArgs, type CliCommand } from '../context';
import { readExtraPacks } from '../extra-packs';
import { readKravkitArg } from '../input-files';
import { cliI18n } from '../node-i18n';

const WHAT: Record<string, ExportWhat | 'report'> = { spec: 'specification', specification: 'specification', 'response-form': 'response-form', checklists: 'checklists', report: 'report' };

/**
 * export PROJECT --out FILE.docx [--lang sv|da|en] [--what spec|response-form|checklists|report] [--run ID] [--pack FILE]…:
 * the Word document the app exports; `response-form` is the bidder response form alone; `report` is a contract-check run saved in the project (the latest unless --run).
 */
export const run: CliCommand = async (args, ctx) => {
  const { t } = ctx;
  const { positional, options } = parseArgs(args);
  const projectPath = positional[0];
  const out = options.get('out')?.[0];
  if (!projectPath || !out) {
    ctx.err(t('cli:missingArgument', { name: projectPath ? '--out' : 'PROJECT' }));
    ctx.err(t('export:cli.usage'));
    return 2;
  }
  const langOption = options.get('lang')?.[0];
  if (langOption !== undefined && !(UI_LANGUAGES as readonly string[]).includes(langOption)) {
    ctx.err(t('export:cli.badLang', { lang: langOption }));
    return 2;
  }
  const whatOption = options.get('what')?.[0] ?? 'spec';
  const what = WHAT[whatOption];
  if (!what) {
    ctx.err(t('export:cli.badWhat', { what: whatOption }));
    return 2;
  }

  const file = await readKravkitArg(projectPath, 'kravkit.project', ctx);
  if (!file) return 1;
  const project = file.project;
  const extra = await readExtraPacks(options.get('pack') ?? [], ctx);
  if (!extra) return 1;
  const catalogue = await loadCatalogue(extra);

  // The document is in the project's language unless asked otherwise; messages stay in the CLI's.
  const lang = (langOption as Language | undefined) ?? project.language;
  const docT = (await cliI18n(lang)).getFixedT(lang);
  let doc;
  if (what === 'report') {
    const runs = project.checks ?? [];
    const runId = options.get('run')?.[0];
    const run = runId ? runs.find((r) => r.id === runId) : [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt)).at(-1);
    if (!run) {
      ctx.err(runId ? t('export:cli.noSuchRun', { id: runId }) : t('export:cli.noRuns'));
      return 1;
    }
    doc = checkReportForProject({ run, project, catalogue, lang, t: docT });
  } else doc = await buildExportDocument({ what, project, catalogue, lang, t: docT });
  const bytes = await toBuffer(doc);
  try {
    await writeFile(out, bytes);
  } catch (e) {
    ctx.err(t('export:cli.cannotWrite', { file: out, reason: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  ctx.err(t('cli:wrote', { file: out }));
  return 0;
};
