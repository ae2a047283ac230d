import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import { checkContract } from '../../domain/contract/check';
import { checkReportFile, findingsByStatus } from '../../domain/contract/report';
import { valueMessage } from '../../domain/contract/value-text';
import type { CheckRun, Evidence, Finding } from '../../domain/model';
import { assembleSpecification } from '../../domain/specification/assemble';
import { readContractPath } from '../../io/contract/read-contract-node';
import { readErrorMessage } from '../../io/contract/read-result';
import { loadCatalogue } from '../../io/packs/catalogue-loader';
import { parseArgs, type CliCommand } from '../context';
import { readExtraPacks } from '../extra-packs';
import { readKravkitArg } from '../input-files';

/** check PROJECT CONTRACT [--json] [--out FILE] [--pack FILE]…: the contract against the project's requirements. */
export const run: CliCommand = async (args, ctx) => {
  const { t } = ctx;
  const { positional, options } = parseArgs(args, ['json']);
  const [projectPath, contractPath] = positional;
  if (!projectPath || !contractPath) {
    ctx.err(t('cli:missingArgument', { name: projectPath ? 'CONTRACT' : 'PROJECT' }));
    ctx.err(t('contract:cli.usage'));
    return 2;
  }
  const projectFile = await readKravkitArg(projectPath, 'kravkit.project', ctx);
  if (!projectFile) return 1;
  const project = projectFile.project;
  const extra = await readExtraPacks(options.get('pack') ?? [], ctx);
  if (!extra) return 1;
  const catalogue = await loadCatalogue(extra);

  let read;
  try {
    read = await readContractPath(contractPath);
  } catch (e) {
    ctx.err(t('cli:cannotRead', { file: contractPath, reason: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
  if (!read.ok) {
    const { key, args: a } = readErrorMessage(read.error);
    ctx.err(`${contractPath}: ${t(`contract:${key}`, a)}`);
    return 1;
  }
  // Titles in the project's language, numbered as in the specification (K-3.2).
  const spec = assembleSpecification(project, catalogue, project.language);
  const numbers = new Map(spec.requirements.map((r) => [r.requirement.uid, r.number]));
  const run = checkContract(
    read.document,
    spec.requirements.map((r) => r.requirement),
    { id: randomUUID(), createdAt: new Date().toISOString(), country: project.country },
  );
  const output = options.has('json') ? JSON.stringify(checkReportFile(run, project), null, 2) : humanReport(run, numbers, t).join('\n');
  const out = options.get('out')?.[0];
  if (out) {
    await writeFile(out, output + '\n', 'utf8');
    ctx.err(t('contract:cli.written', { file: out }));
  } else ctx.out(output);
  return 0;
};

/** The explanation's arguments, with a risk code said in words. */
function explanationArgs(f: Finding, t: TFunction): Record<string, string | number> {
  const args = { ...(f.explanation?.args ?? {}) };
  if (typeof args.risk === 'string') args.risk = t(`contract:risk.${args.risk}`);
  return args;
}

function valueText(v: NonNullable<Finding['found']>, t: TFunction): string {
  const { key, args } = valueMessage(v);
  return t(`contract:${key}`, args);
}

function where(e: Evidence, t: TFunction): string {
  const parts = [e.location.number ? t('contract:location.clause', { number: e.location.number }) : t('contract:location.unnumbered')];
  if (e.location.heading && e.location.heading !== e.location.number) parts.push(e.location.heading);
  if (e.location.page) parts.push(t('contract:location.page', { page: e.location.page }));
  return parts.join(', ');
}

/** The excerpt around its first highlight, the matched words in »guillemets«. */
function quote(e: Evidence): string {
  // The location names the heading already; the quote starts with what the clause says.
  const heading = e.location.heading;
  const skip = heading && e.excerpt.startsWith(`${heading}\n`) && e.excerpt.length > heading.length + 1 ? heading.length + 1 : 0;
  const body = e.excerpt.slice(skip);
  // Marking from the last highlight keeps the earlier offsets valid.
  const marked = e.highlights
    .filter(([a]) => a >= skip)
    .map(([a, b]) => [a - skip, b - skip])
    .sort((x, y) => y[0] - x[0])
    .reduce((s, [a, b]) => `${s.slice(0, a)}»${s.slice(a, b)}«${s.slice(b)}`, body);
  const flat = marked.replace(/\s+/g, ' ');
  const at = flat.indexOf('»');
  const start = Math.max(0, at - 80);
  const snippet = flat.slice(start, start + 240);
  return `${start > 0 ? '…' : ''}${snippet}${start + 240 < flat.length ? '…' : ''}`;
}

function humanReport(run: CheckRun, numbers: Map<string, string>, t: TFunction): string[] {
  const c = run.contract;
  const lines = [
    t('contract:cli.heading', { name: c.name, language: t(`contract:language.${c.language}`), clauses: c.clauses, pages: c.pages ? t('contract:cli.pages', { count: c.pages }) : '' }),
  ];
  if (c.agreement && c.agreement !== 'unknown') lines.push(t('contract:cli.agreement', { agreement: t(`contract:agreement.${c.agreement}`) }));
  lines.push(t('contract:cli.summary', run.summary), '');
  for (const group of findingsByStatus(run)) {
    lines.push(`== ${t(`contract:statusGroup.${group.status}`)} (${group.findings.length})`);
    for (const f of group.findings) {
      const number = numbers.get(f.requirementUid);
      lines.push(`${number ? `[${number}] ` : ''}${f.title} — ${t(`contract:status.${f.status}`)}, ${t(`contract:confidence.${f.confidence}`)}`);
      if (f.explanation) lines.push(`    ${t(`contract:explanation.${f.explanation.code}`, explanationArgs(f, t))}`);
      if (f.required && f.found) lines.push(`    ${t('contract:cli.requiredFound', { required: valueText(f.required, t), found: valueText(f.found, t) })}`);
      // Every finding with evidence quotes its clause, a `met` too: the reader checks what it rests on.
      const e = f.evidence[0];
      if (e) lines.push(`    ${where(e, t)}: ${quote(e)}`);
    }
    lines.push('');
  }
  lines.push(`== ${t('contract:risk.title')} (${run.risks.length})`);
  if (run.risks.length === 0) lines.push(t('contract:risk.none'));
  for (const r of run.risks) lines.push(`${t(`contract:risk.${r.code}`)} (${t(`contract:severity.${r.severity}`)})`, `    ${where(r.evidence, t)}: ${quote(r.evidence)}`);
  return lines;
}
