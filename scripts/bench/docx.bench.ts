/**
 * Word export figures: the time and peak memory to export the specification (with its response
 * form annex) for 100, 1,000 and 5,000 requirements in Node, and the ratio to a bare `docx`
 * document holding the same text in one table (see bareDocument) (budget: 1,000 requirements under
 * 1.5 s, ratio under 2). Each size runs in its own process: memory is that process's peak resident
 * set after our export; times are medians of several interleaved runs of ours and the bare one.
 * Run alone: npx tsx scripts/bench/docx.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { assembleSpecification, type Specification } from '../../src/domain/specification/assemble';
import type { Project } from '../../src/domain/model';
import type { Catalogue } from '../../src/domain/catalogue/catalogue';
import { loadCatalogue } from '../../src/io/packs/catalogue-loader';
import { specificationDocument } from '../../src/io/docx/specification';
import { toBuffer } from '../../src/io/docx/pack';
import { cliI18n } from '../../src/cli/node-i18n';
import { bigProject } from './support/big-project';

const BUDGET_1000_MS = 1500;
const BUDGET_RATIO = 2;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Runs the two exports in turn, several times, and keeps each one's median: the machine's load
 * drifts (other processes, GC), and interleaving keeps the ratio from riding on that drift.
 */
async function interleaved(runs: number, ours: () => Promise<Uint8Array>, bare: () => Promise<Uint8Array>) {
  const a: number[] = [];
  const b: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    bytes = (await ours()).byteLength;
    a.push(performance.now() - t0);
    t0 = performance.now();
    await bare();
    b.push(performance.now() - t0);
  }
  return { ours: median(a), bare: median(b), bytes };
}

/**
 * The comparison: the same words with no structure — one table, one row per requirement, one
 * plain cell per piece of text the export writes about it (the requirement chapter's heading,
 * text and facts, the summary row, the response-form row), and no cover, TOC, styles or headers.
 */
function bareDocument(spec: Specification, t: (k: string) => string): Document {
  const cell = (text: string) => new TableCell({ children: [new Paragraph({ children: [new TextRun(text)] })] });
  const answers = ['fulfilled', 'partly', 'not'].map((a) => `☐ ${t(`export:annex.answerOption.${a}`)}`).join(' ');
  return new Document({
    sections: [
      {
        children: [
          new Table({
            rows: spec.requirements.map(({ number, requirement: r }) => {
              const kind = t(`export:requirements.kind.${r.kind}`);
              const weight = String(r.weight ?? '–');
              return new TableRow({
                children: [
                  `${number} ${r.title}`, r.text, t(`export:requirements.kindLong.${r.kind}`), r.motive, r.verification, r.standards.join('; '),
                  number, r.title, r.category, kind, weight,
                  number, r.title, r.text, kind, answers,
                ].map(cell),
              });
            }),
          }),
        ],
      },
    ],
  });
}

const mb = (kb: number) => `${Math.round(kb / 1024)} MB`;

interface SizeResult {
  n: number;
  ours: number;
  bare: number;
  assembly: number;
  bytes: number;
  /** Peak resident set of the process after our exports, before the bare ones ran. */
  peakRssKb: number;
}

/** One size, measured in its own process so its peak memory is its own. */
async function measureSize(n: number): Promise<SizeResult> {
  const catalogue: Catalogue = await loadCatalogue();
  const t = (await cliI18n('sv')).getFixedT('sv');
  const project: Project = bigProject(catalogue, n, 'sv').project;
  const a0 = performance.now();
  const spec = assembleSpecification(project, catalogue, 'sv');
  const assembly = performance.now() - a0;
  const runs = n >= 5000 ? 3 : n >= 1000 ? 5 : 7;
  const ourExport = () => toBuffer(specificationDocument({ project, specification: spec, catalogue, lang: 'sv', t }));
  const bareExport = () => Packer.toBuffer(bareDocument(spec, t));
  // Our export alone first, for the memory figure; then both in turn for the times and the ratio.
  await ourExport();
  const peakRssKb = process.resourceUsage().maxRSS;
  const r = await interleaved(runs, ourExport, bareExport);
  return { n, ours: r.ours, bare: r.bare, assembly, bytes: r.bytes, peakRssKb };
}

export default async function docxBench(): Promise<void> {
  const catalogue = await loadCatalogue();
  console.log(`catalogue: ${catalogue.templates.size} templates; document language sv; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  let over = false;
  for (const n of [100, 1000, 5000]) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--size', String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) throw new Error(`size ${n} failed: ${child.stderr.slice(-2000)}`);
    const r = JSON.parse(line) as SizeResult;
    const ratio = r.ours / r.bare;
    console.log(
      `export ${n} requirements: ${Math.round(r.ours)} ms (assembly ${Math.round(r.assembly)} ms), ${Math.round(r.bytes / 1024)} KiB, peak RSS ${mb(r.peakRssKb)}; bare one-table docx ${Math.round(r.bare)} ms; ratio ${ratio.toFixed(2)}`,
    );
    if (n === 1000 && (r.ours > BUDGET_1000_MS || ratio > BUDGET_RATIO)) over = true;
  }
  console.log(over ? `OVER BUDGET: 1,000 requirements must export under ${BUDGET_1000_MS} ms at a ratio under ${BUDGET_RATIO}` : `within budget (1,000 under ${BUDGET_1000_MS} ms, ratio under ${BUDGET_RATIO})`);
}

const sizeArg = process.argv.indexOf('--size');
if (sizeArg > 0) console.log(JSON.stringify(await measureSize(Number(process.argv[sizeArg + 1]))));
else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await docxBench();
