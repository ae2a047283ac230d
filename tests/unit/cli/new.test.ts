import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileOfKind } from '../../../src/io/files/read-file';
import type { Before, ProjectFile } from '../../../src/domain/model';
import { suggestRequirements } from '../../../src/domain/suggestion/suggest';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';

function kravkit(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('kravkit new', () => {
  it('writes a valid project with the same focused suggestions as the wizard, plus the named templates', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kravkit-new-')), 'p.json');
    const areas = ['learning-platform', 'collaboration', 'assessment'];
    const r = kravkit('new', '--lang', 'sv', ...areas.flatMap((a) => ['--area', a]), '--standard', 'ss12000', '--template', 'security.penetration-tests', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const read = readFileOfKind(readFileSync(out, 'utf8'), 'kravkit.project');
    expect(read.ok).toBe(true);
    const { project } = (read as { ok: true; value: ProjectFile }).value;
    expect(project.language).toBe('sv');
    expect(project.before.areas).toEqual(areas);

    const before: Before = project.before;
    const wizard = suggestRequirements(before, await loadCatalogue()).map((s) => s.templateId);
    const suggested = project.requirements.filter((q) => q.addedBy === 'suggestion');
    expect(suggested.map((q) => q.templateId)).toEqual(wizard);
    expect(suggested.every((q) => (q.reason ?? []).length > 0)).toBe(true);
    expect(project.requirements.find((q) => q.templateId === 'security.penetration-tests')?.addedBy).toBe('cli');
    expect(project.requirements.length).toBeGreaterThanOrEqual(40);
    expect(project.requirements.length).toBeLessThanOrEqual(90);
    expect(r.out).toContain(String(project.requirements.length));
  });

  it('refuses an unknown area with exit 1 and writes nothing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kravkit-new-')), 'p.json');
    const r = kravkit('new', '--lang', 'sv', '--area', 'no-such-area', '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no-such-area');
    expect(() => readFileSync(out)).toThrow();
  });
});
