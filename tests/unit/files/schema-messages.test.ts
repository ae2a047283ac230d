import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/domain/model';
import { cliI18n } from '../../../src/cli/node-i18n';
import { describeFileError } from '../../../src/i18n/file-errors';
import { readFileOfKind } from '../../../src/io/files/read-file';

const LANGS: Language[] = ['sv', 'da', 'en'];

/* JSON Schema keywords that never fail on their own: annotations, and structure whose subschemas report their own errors. */
const SILENT = new Set(['$schema', '$id', '$ref', '$defs', '$comment', 'title', 'description', 'default', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'properties', 'patternProperties', 'allOf']);
const SUBSCHEMA = new Set(['not', 'propertyNames', 'additionalProperties', 'items', 'contains', 'if', 'then', 'else', 'unevaluatedProperties', 'unevaluatedItems']);
const SUBSCHEMA_LISTS = new Set(['oneOf', 'anyOf', 'allOf', 'prefixItems']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/** Every keyword in the schemas that can produce a validation error, found by walking schema positions only. */
function errorKeywords(): Set<string> {
  const found = new Set<string>();
  const walk = (schema: unknown): void => {
    if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return;
    for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
      // 'items' fails on its own only as false or after prefixItems; as a schema, its subschema reports.
      const silentItems = key === 'items' && value !== false && !('prefixItems' in (schema as object));
      if (!SILENT.has(key) && !silentItems) found.add(key);
      if (SUBSCHEMA.has(key)) walk(value);
      else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) value.forEach(walk);
      else if (SUBSCHEMA_MAPS.has(key) && value && typeof value === 'object') Object.values(value).forEach(walk);
    }
  };
  for (const file of readdirSync('schemas').filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join('schemas', file), 'utf8')));
  return found;
}

const messages = (lang: Language) => (JSON.parse(readFileSync(`src/i18n/locales/${lang}/files.json`, 'utf8')) as { schema: Record<string, string> }).schema;

/** A project file with a requirement that is both a template reference and an own requirement, and a parameter with a bad name. */
function badProject(): string {
  const file = JSON.parse(readFileSync('tests/fixtures/files/project-v1.json', 'utf8'));
  const r = file.project.requirements[0];
  r.custom = { title: 'Egen', text: 'Leverantören ska X.' };
  r.values['Bad Name'] = 3;
  return JSON.stringify(file);
}

describe('schema error messages', () => {
  it('has a message in Swedish, Danish and English for every keyword the schemas use', () => {
    const keywords = errorKeywords();
    expect(keywords).toContain('not');
    expect(keywords).toContain('propertyNames');
    expect(keywords).toContain('required');
    for (const lang of LANGS) {
      const m = messages(lang);
      const missing = [...keywords].filter((k) => typeof m[k] !== 'string' || m[k].trim() === '');
      expect(missing, `files:schema.* in ${lang}`).toEqual([]);
    }
  });

  it('names the forbidden field of a failed "not" and the bad field name of "propertyNames", with no English in Swedish or Danish', async () => {
    const r = readFileOfKind(badProject(), 'kravkit.project');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const english = (await describeIn('en', r.error)).join('\n');
    expect(english).toContain('/project/requirements/0: must not have the field "custom" here');
    expect(english).toContain('/project/requirements/0: must not have the field "templateId" here');
    expect(english).toContain('/project/requirements/0/values: the field name "Bad Name" is not allowed here');
    for (const lang of ['sv', 'da'] as const) {
      const lines = await describeIn(lang, r.error);
      expect(lines.join('\n')).toContain('"custom"');
      expect(lines.join('\n')).toContain('"Bad Name"');
      for (const line of lines) expect(line).not.toMatch(/must|property name|NOT be valid/);
    }
  });

  it('reports a bad property name once, by name, not also as an unnamed pattern mismatch', () => {
    const r = readFileOfKind(badProject(), 'kravkit.project');
    if (r.ok) throw new Error('expected the bad project to be refused');
    if (r.error.code !== 'file.invalid') throw new Error(r.error.code);
    expect(r.error.errors.filter((e) => e.path === '/project/requirements/0/values')).toEqual([
      { path: '/project/requirements/0/values', keyword: 'propertyNames', message: 'property name must be valid', params: { propertyName: 'Bad Name' } },
    ]);
  });

  it('speaks Swedish through the CLI for the same file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kravkit-')), 'bad.json');
    writeFileSync(file, badProject());
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'validate', file], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'sv' } });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/project/requirements/0: får inte ha fältet "custom" här');
    expect(r.stderr).toContain('/project/requirements/0/values: fältnamnet "Bad Name" är inte tillåtet här');
    expect(r.stderr).not.toMatch(/must|NOT be valid|property name/);
  });
});

async function describeIn(lang: Language, error: Parameters<typeof describeFileError>[0]): Promise<string[]> {
  const i18n = await cliI18n(lang);
  return describeFileError(error, i18n.t).details;
}
