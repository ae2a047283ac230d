import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileOfKind, readKravkitFile } from '../../../src/io/files/read-file';
import { CURRENT_FORMAT } from '../../../src/domain/files/envelope';
import { MIGRATIONS } from '../../../src/domain/files/migrations';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');

describe('reading a Kravkit file', () => {
  it('gives a typed project for a valid project file', () => {
    const r = readFileOfKind(fixture('files/project-v1.json'), 'kravkit.project');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.project.title).toBe('Lärplattform 2027');
  });

  it('refuses text that is not JSON with a stable code', () => {
    const r = readKravkitFile('{"kind": ');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('file.notJson');
  });

  it('refuses an empty file, an array and a file of unknown kind', () => {
    expect(readKravkitFile('   ')).toMatchObject({ ok: false, error: { code: 'file.empty' } });
    expect(readKravkitFile('[]')).toMatchObject({ ok: false, error: { code: 'file.notAnObject' } });
    expect(readKravkitFile('{"kind":"something.else"}')).toMatchObject({ ok: false, error: { code: 'file.unknownKind' } });
  });

  it('refuses a file saved by a newer version instead of mangling it', () => {
    const data = JSON.parse(fixture('files/project-v1.json'));
    data.formatVersion = CURRENT_FORMAT['kravkit.project'] + 1;
    expect(readKravkitFile(JSON.stringify(data))).toMatchObject({ ok: false, error: { code: 'file.newerVersion', found: 2, supported: 1 } });
  });

  it('names the JSON path of every schema error', () => {
    const data = JSON.parse(fixture('files/project-v1.json'));
    data.project.language = 'fi';
    data.project.requirements[0].values.hours = 'many';
    delete data.project.before.classification;
    const r = readKravkitFile(JSON.stringify(data));
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'file.invalid') throw new Error('expected a schema error');
    const paths = r.error.errors.map((e) => e.path);
    expect(paths).toContain('/project/language');
    expect(paths).toContain('/project/before');
  });

  it('refuses a project where the wrong kind of file was expected', () => {
    expect(readFileOfKind(fixture('files/project-v1.json'), 'kravkit.template-pack')).toMatchObject({ ok: false, error: { code: 'file.wrongKind' } });
  });

  it('refuses deeply nested JSON without exhausting the stack', () => {
    const deep = '{"kind":"kravkit.project","formatVersion":1,"x":' + '['.repeat(100_000) + ']'.repeat(100_000) + '}';
    const r = readKravkitFile(deep);
    expect(r.ok).toBe(false);
  });
});

describe('every shipped file version', () => {
  it('has a fixture and opens with the current build', () => {
    const fixtures = readdirSync('tests/fixtures/files').filter((f) => /^project-v\d+\.json$/.test(f));
    const versions = fixtures.map((f) => Number(/v(\d+)/.exec(f)![1])).sort();
    const shipped = Array.from({ length: MIGRATIONS['kravkit.project'].length + 1 }, (_, i) => i + 1);
    expect(versions).toEqual(shipped);
    for (const f of fixtures) expect(readFileOfKind(fixture(`files/${f}`), 'kravkit.project').ok, f).toBe(true);
  });
});
