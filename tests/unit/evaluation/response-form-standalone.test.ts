import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluatedRequirements } from '../../../src/domain/evaluation/model';
import { readResponseAnswers } from '../../../src/domain/evaluation/response-form';
import type { Language } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { cliI18n } from '../../../src/cli/node-i18n';
import { buildExportDocument, exportFileName, responseFormDocument, toBuffer } from '../../../src/io/docx';
import { readResponseForm } from '../../../src/io/response-form/read-response-form';
import { paragraphsOf, readDocx } from '../docx/read-docx';
import { fillResponseForm } from './tick-response-form';
import { miniCatalogue as catalogue, miniProject as project } from '../../support/fixtures';

describe.each(['sv', 'da', 'en'] as Language[])('the response form exported on its own (%s)', (lang) => {
  it('holds every requirement once with the answer boxes, names the specification it answers, and nothing of the specification body', async () => {
    const t = (await cliI18n(lang)).getFixedT(lang);
    const specification = assembleSpecification(project, catalogue, lang);
    const parts = readDocx(await toBuffer(responseFormDocument({ project, specification, lang, t })));
    const paragraphs = paragraphsOf(parts.document);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([t('export:responseForm.heading')]);
    expect(paragraphs.map((p) => p.text)).toContain(t('export:responseForm.refersToReferenceVersion', { title: project.title, reference: project.reference, version: project.specVersion }));
    const text = paragraphs.map((p) => p.text).join('\n');
    for (const { number, requirement } of specification.requirements) {
      expect(text.split(`${number}\n`).length - 1, number).toBe(1);
      expect(text).toContain(requirement.title);
    }
    // No requirement chapters, areas, categories or summary: only the form's own heading.
    expect(paragraphs.filter((p) => /^Heading[2-4]$/.test(p.style ?? ''))).toEqual([]);
    expect(text).not.toContain(t('export:summary.intro'));
    expect(parts.document).not.toContain('TOC \\h');
    expect(parts.styles).toContain(`w:val="${{ sv: 'sv-SE', da: 'da-DK', en: 'en-GB' }[lang]}"`);
    expect(parts.core).toContain(t('export:kind.response-form'));
  });

  it('is read back by the evaluation import, every ticked answer by its K-number', async () => {
    const t = (await cliI18n(lang)).getFixedT(lang);
    const specification = assembleSpecification(project, catalogue, lang);
    const doc = await buildExportDocument({ what: 'response-form', project, catalogue, lang, t });
    const choice = specification.requirements.map((_, i) => (i + 1) % 3);
    const read = readResponseForm(fillResponseForm(await toBuffer(doc), t, choice));
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const requirements = evaluatedRequirements(project, specification);
    const result = readResponseAnswers(read.tables, requirements);
    expect(result.problems).toEqual([]);
    expect(requirements.map((r) => result.answers[r.uid]?.answer)).toEqual(choice.map((c) => ['fulfilled', 'partly', 'not'][c]));
    expect(exportFileName(t('export:kind.response-form'), project)).toBe(`${t('export:kind.response-form')} UH-2026-014 Lärplattform 2027.docx`);
  });
});

describe('kravkit export --what response-form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kravkit-form-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const kravkit = (...args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', env: { ...process.env, KRAVKIT_LANG: 'en' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('writes the form alone, in the asked language, that the evaluation import reads', async () => {
    const out = join(dir, 'form.docx');
    const r = kravkit('export', 'tests/fixtures/projects/mini-project.json', '--pack', 'tests/fixtures/packs/mini-pack.json', '--what', 'response-form', '--lang', 'da', '--out', out);
    expect(r.err).toContain('form.docx');
    expect(r.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const t = (await cliI18n('da')).getFixedT('da');
    expect(paragraphsOf(readDocx(bytes).document).filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([t('export:responseForm.heading')]);
    const read = readResponseForm(bytes);
    expect(read.ok && read.tables.flatMap((tb) => tb.rows.map((row) => row[0])).filter((c) => /^K-\d/.test(c))).toHaveLength(7);
  });

  it('names response-form among the exports when --what is unknown', () => {
    const r = kravkit('export', 'tests/fixtures/projects/mini-project.json', '--what', 'form', '--out', join(dir, 'x.docx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown export: form (use spec, response-form, checklists or report)');
  });
});
