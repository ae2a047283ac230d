import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readKravkitFile } from '../../src/io/files/read-file';

const seeds = [
  readFileSync('tests/fixtures/files/project-v1.json', 'utf8'),
  readFileSync('tests/fixtures/packs/mini-pack.json', 'utf8'),
];

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

/** Texts a hostile or careless user might import: mutated real files, cut files, random JSON and bytes. */
export const importInput = fc.oneof(
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

export function runImportFuzz(numRuns: number, seed?: number): { tried: number; failed: number; values: number } {
  let tried = 0;
  let failed = 0;
  let values = 0;
  fc.assert(
    fc.property(importInput, (text) => {
      tried++;
      const outcome = importOutcome(text);
      if (outcome === 'threw') failed++;
      if (outcome === 'value') values++;
      return true;
    }),
    { numRuns, seed },
  );
  return { tried, failed, values };
}
