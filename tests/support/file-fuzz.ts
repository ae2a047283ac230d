import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { readFileSync } from 'node:fs';
import { buildCatalogue } from '../../src/domain/catalogue/catalogue';
import { packFitProblems } from '../../src/domain/catalogue/pack-fit';
import { checkReportFile, effectiveSummary, findingsByStatus } from '../../src/domain/contract/report';
import type { Project, TemplatePackFile } from '../../src/domain/model';
import { readKravkitFile, type AnyKravkitFile } from '../../src/io/files/read-file';
import { projectRepository } from '../../src/io/storage/project-repository';
import { useKravkitStore } from '../../src/store/project-store';

/** One real file of every kind, every shipped version (tests/fixtures/files), to mutate. */
const seeds = ['project-v1', 'template-pack-v1', 'backup-v1', 'check-report-v1'].map((name) => readFileSync(`tests/fixtures/files/${name}.json`, 'utf8'));

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A mutation of a parsed file: drop, retype or replace a value somewhere inside it. */
const mutation = fc.record({
  path: fc.array(fc.nat(), { minLength: 0, maxLength: 8 }),
  op: fc.constantFrom('delete', 'replace', 'retype', 'duplicate', 'huge'),
  value: fc.jsonValue({ maxDepth: 3 }),
});

function mutate(data: Json, m: { path: number[]; op: string; value: unknown }): Json {
  const root = structuredClone(data);
  let parent: Json = root;
  let key: string | number | undefined;
  let node: Json = root;
  for (const step of m.path) {
    if (node === null || typeof node !== 'object') break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) break;
    parent = node;
    key = keys[step % keys.length];
    node = (node as Record<string | number, Json>)[key];
  }
  if (key === undefined || parent === null || typeof parent !== 'object') return m.value as Json;
  const p = parent as Record<string | number, Json>;
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete p[key];
      break;
    case 'replace':
      p[key] = m.value as Json;
      break;
    case 'retype':
      p[key] = typeof node === 'string' ? 42 : typeof node === 'number' ? String(node) : Array.isArray(node) ? {} : [];
      break;
    case 'duplicate':
      p[key] = [node, node] as Json;
      break;
    case 'huge':
      p[key] = 'x'.repeat(30_000);
      break;
  }
  return root;
}

/**
 * A mutation that mostly keeps the file valid, so the valid path is fuzzed too: a text replaced by
 * hostile or random text, or a timestamp moved into the future (a backup then overwrites).
 */
const gentle = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }),
  text: fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(`<script>alert(1)</script>`, `"&'<>`, '\u202eRTL', 'a\u200db', '\ud800', '__proto__', 'constructor'),
  ),
});

function retext(data: Json, m: { path: number[]; text: string }): Json {
  const root = structuredClone(data);
  let node: Json = root;
  for (const step of m.path) {
    if (node === null || typeof node !== 'object') return root;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (keys.length === 0) return root;
    const key = keys[step % keys.length];
    const child = (node as Record<string | number, Json>)[key];
    if (typeof child === 'string') {
      (node as Record<string | number, Json>)[key] = /^\d{4}-\d\d-\d\dT/.test(child) ? '2099-01-01T00:00:00.000Z' : m.text;
      return root;
    }
    node = child;
  }
  return root;
}

/** Texts a hostile or careless user might import: mutated real files, cut files, random JSON and bytes. */
export const importInput = fc.oneof(
  fc.constantFrom(...seeds),
  fc.tuple(fc.constantFrom(...seeds), fc.array(gentle, { minLength: 1, maxLength: 6 })).map(([seed, ms]) => JSON.stringify(ms.reduce<Json>((d, m) => retext(d, m), JSON.parse(seed)))),
  fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([seed, ms]) => JSON.stringify(ms.reduce<Json>((d, m) => mutate(d, m), JSON.parse(seed)))),
  fc.tuple(fc.constantFrom(...seeds), fc.nat()).map(([seed, n]) => seed.slice(0, n % seed.length)),
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.string({ unit: 'binary', maxLength: 400 }),
);

export type ImportOutcome = 'value' | 'errors' | 'threw';

/** Reading any text gives a typed value or a list of errors; anything else is a failure. */
export function importOutcome(text: string): ImportOutcome {
  try {
    const r = readKravkitFile(text);
    if (r.ok) return 'value';
    return typeof r.error.code === 'string' ? 'errors' : 'threw';
  } catch {
    return 'threw';
  }
}

/** The catalogue a user already has when a pack is imported: another pack than the seed's. */
const installedPacks = [JSON.parse(readFileSync('tests/fixtures/contracts/contract-pack.json', 'utf8')) as TemplatePackFile];

/** The project open in the app while files are imported: the seed project itself, so ids collide. */
export interface OpenWorld {
  open: Project;
  snapshot: Project;
}

/** Opens the seed project in the real store over fake IndexedDB, as a user with work in progress. */
export async function openWorld(): Promise<OpenWorld> {
  const project = JSON.parse(seeds[0]).project as Project;
  const id = await useKravkitStore.getState().addImportedProject(project);
  if (!(await useKravkitStore.getState().openProject(id))) throw new Error('the seed project did not open');
  const open = useKravkitStore.getState().project!;
  return { open, snapshot: structuredClone(open) };
}

/** Applies a valid file the way the app does: store a project, fit and combine a pack, restore a backup, show a report. */
export async function applyAsTheApp(read: AnyKravkitFile): Promise<void> {
  switch (read.kind) {
    case 'kravkit.project':
      await useKravkitStore.getState().addImportedProject(read.file.project);
      break;
    case 'kravkit.template-pack': {
      const pack = { ...read.file, pack: { ...read.file.pack, builtIn: false } };
      if (packFitProblems(installedPacks, pack).length === 0) buildCatalogue([...installedPacks, pack]);
      break;
    }
    case 'kravkit.backup':
      await useKravkitStore.getState().restoreBackup(read.file);
      buildCatalogue([...installedPacks, ...(read.file.packs ?? [])]);
      break;
    case 'kravkit.check-report':
      effectiveSummary(read.file.run);
      findingsByStatus(read.file.run);
      checkReportFile(read.file.run);
      break;
  }
}

/** The open project is the same object, with the same content, in memory and on disk. */
export async function openProjectUnchanged(world: OpenWorld): Promise<boolean> {
  const now = useKravkitStore.getState().project;
  if (now !== world.open || !isDeepStrictEqual(now, world.snapshot)) return false;
  await useKravkitStore.getState().flush();
  const onDisk = await projectRepository.load(world.open.id);
  return onDisk !== undefined && isDeepStrictEqual(onDisk.project, world.snapshot);
}

export type AppliedOutcome = ImportOutcome | 'apply threw' | 'open project changed';

/** Reads the text and, when it is a valid file, applies it as the app would. */
export async function importAndApply(text: string, world: OpenWorld): Promise<AppliedOutcome> {
  const outcome = importOutcome(text);
  if (outcome !== 'value') return outcome;
  const r = readKravkitFile(text);
  if (!r.ok) return 'threw';
  try {
    await applyAsTheApp(r.value);
  } catch {
    return 'apply threw';
  }
  return (await openProjectUnchanged(world)) ? 'value' : 'open project changed';
}

export interface FuzzTally {
  tried: number;
  failed: number;
  values: number;
  /** Valid files per kind, applied as the app does. */
  applied: Record<string, number>;
}

/** Every input read; the valid ones applied to the real store with a project open. */
export async function runImportFuzz(numRuns: number, seed?: number): Promise<FuzzTally> {
  const world = await openWorld();
  const tally: FuzzTally = { tried: 0, failed: 0, values: 0, applied: {} };
  await fc.assert(
    fc.asyncProperty(importInput, async (text) => {
      tally.tried++;
      const outcome = await importAndApply(text, world);
      if (outcome === 'value') {
        tally.values++;
        const kind = (JSON.parse(text) as { kind: string }).kind;
        tally.applied[kind] = (tally.applied[kind] ?? 0) + 1;
      } else if (outcome !== 'errors') tally.failed++;
      return true;
    }),
    { numRuns, seed },
  );
  return tally;
}
