import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileOfKind, readKravkitFile } from '../../../src/io/files/read-file';
import { CURRENT_FORMAT, type FileKind } from '../../../src/domain/files/envelope';
import { migrate, MIGRATIONS } from '../../../src/domain/files/migrations';

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

const KIND_FILE_PREFIX: Record<FileKind, string> = {
  'kravkit.project': 'project',
  'kravkit.template-pack': 'template-pack',
  'kravkit.check-report': 'check-report',
  'kravkit.backup': 'backup',
};

/** What each kind must still hold after reading and migrating its oldest fixture. */
const ESSENCE: Record<FileKind, (file: Record<string, unknown>) => unknown> = {
  'kravkit.project': (f) => {
    const p = f.project as { id: string; title: string; requirements: unknown[] };
    return { id: p.id, title: p.title, requirements: p.requirements.length };
  },
  'kravkit.template-pack': (f) => {
    const p = f as { pack: { id: string }; templates: unknown[]; checklist: unknown[] };
    return { id: p.pack.id, templates: p.templates.length, checklist: p.checklist.length };
  },
  'kravkit.check-report': (f) => {
    const r = (f as { run: { id: string; findings: unknown[] } }).run;
    return { id: r.id, findings: r.findings.length };
  },
  'kravkit.backup': (f) => {
    const b = f as { projects: { id: string }[]; packs?: unknown[] };
    return { projects: b.projects.map((p) => p.id), packs: b.packs?.length ?? 0 };
  },
};

describe('every shipped file version', () => {
  for (const kind of Object.keys(CURRENT_FORMAT) as FileKind[]) {
    const prefix = KIND_FILE_PREFIX[kind];
    it(`has a fixture of ${kind} for every version, each read and migrated to the current one`, () => {
      const fixtures = readdirSync('tests/fixtures/files').filter((f) => new RegExp(`^${prefix}-v\\d+\\.json$`).test(f));
      const versions = fixtures.map((f) => Number(/-v(\d+)\.json$/.exec(f)![1])).sort((a, b) => a - b);
      const shipped = Array.from({ length: MIGRATIONS[kind].length + 1 }, (_, i) => i + 1);
      expect(versions, `every shipped ${kind} version has tests/fixtures/files/${prefix}-vN.json`).toEqual(shipped);
      expect(CURRENT_FORMAT[kind]).toBe(shipped[shipped.length - 1]);
      for (const f of fixtures) {
        const text = fixture(`files/${f}`);
        const original = JSON.parse(text) as Record<string, unknown>;
        expect(original.kind, f).toBe(kind);
        expect(original.formatVersion, f).toBe(Number(/-v(\d+)\.json$/.exec(f)![1]));
        const r = readFileOfKind(text, kind);
        if (!r.ok) throw new Error(`${f}: ${JSON.stringify(r.error)}`);
        const read = r.value as unknown as Record<string, unknown>;
        expect(read.formatVersion, f).toBe(CURRENT_FORMAT[kind]);
        expect(ESSENCE[kind](read), f).toEqual(ESSENCE[kind](original));
        // The migration path itself, from the fixture's version, gives the same.
        const migrated = migrate(kind, original, original.formatVersion as number);
        expect(migrated.formatVersion ?? original.formatVersion, f).toBe(CURRENT_FORMAT[kind]);
        expect(ESSENCE[kind](migrated), f).toEqual(ESSENCE[kind](original));
      }
    });
  }

  it('refuses every kind saved by a newer version', () => {
    for (const kind of Object.keys(CURRENT_FORMAT) as FileKind[]) {
      const data = JSON.parse(fixture(`files/${KIND_FILE_PREFIX[kind]}-v1.json`));
      data.formatVersion = CURRENT_FORMAT[kind] + 1;
      expect(readKravkitFile(JSON.stringify(data)), kind).toMatchObject({ ok: false, error: { code: 'file.newerVersion', found: CURRENT_FORMAT[kind] + 1 } });
    }
  });
});
