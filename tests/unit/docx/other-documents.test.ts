import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setChecklistState } from '../../../src/domain/checklist/checklist';
import type { CheckReportFile } from '../../../src/domain/model';
import { assembleSpecification } from '../../../src/domain/specification/assemble';
import { checklistsDocument, checkReportDocument, exportFileName, toBuffer } from '../../../src/io/docx';
import { readFileOfKind } from '../../../src/io/files/read-file';
import { documentText, miniCatalogue, miniProject } from './fixtures';
import { malformedParts, paragraphsOf, readDocx, textOf } from './read-docx';

describe('checklists export', () => {
  it('lists every phase with each item, its owner, status, note and sign-off, and a block for the school leader', async () => {
    const t = await documentText('en');
    let project = setChecklistState(miniProject, 'before.needs', { status: 'done', note: 'Workshop with teachers <3 Oct> & pupils 🎒', owner: 'Eva Ek', signedOff: { by: 'Rektor Anna', at: '2026-10-05T12:00:00.000Z' } });
    project = { ...project, customChecklist: [{ id: 'own.pilot', phase: 'after', role: 'school-leader', text: 'Run a pilot in two classes' }] };
    project = setChecklistState(project, 'own.pilot', { status: 'in-progress', due: '2027-03-01' });
    const bytes = await toBuffer(checklistsDocument({ project, catalogue: miniCatalogue, lang: 'en', t }));
    expect(malformedParts(bytes)).toEqual([]);
    const parts = readDocx(bytes);
    const paragraphs = paragraphsOf(parts.document);
    expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      `1 ${t('export:checklists.heading', { phase: t('export:phase.before') })}`,
      `2 ${t('export:checklists.heading', { phase: t('export:phase.during') })}`,
      `3 ${t('export:checklists.heading', { phase: t('export:phase.after') })}`,
      `4 ${t('export:checklists.review.heading')}`,
    ]);
    const text = textOf(parts.document);
    for (const item of miniCatalogue.checklist) expect(text).toContain(item.text.en);
    expect(text).toContain('Run a pilot in two classes');
    expect(text).toContain('Workshop with teachers <3 Oct> & pupils 🎒');
    expect(text).toContain('Eva Ek (IT-pedagogue)');
    expect(text).toContain('Rektor Anna, 5 October 2026');
    expect(text).toContain('1 March 2027');
    expect(text).toContain(t('checklist:statusValue.done'));
    expect(text).toContain(t('checklist:statusValue.in-progress'));
    expect(text).toContain(t('export:checklists.review.text'));
    expect(parts.document).toContain('<w:tblHeader/>');
  });
});

describe('contract-check report export', () => {
  const file = readFileOfKind(readFileSync('tests/fixtures/docx/check-report.json', 'utf8'), 'kravkit.check-report');

  it('reads a schema-valid CheckRun fixture', () => {
    expect(file.ok).toBe(true);
  });

  it('states each requirement with its status, numbers, values required and found, and quoted evidence; risks last', async () => {
    const run = (file as { ok: true; value: CheckReportFile }).value.run;
    const t = await documentText('sv');
    const spec = assembleSpecification(miniProject, miniCatalogue, 'sv');
    const numbers = new Map(spec.requirements.map((r) => [r.requirement.uid, r.number]));
    const bytes = await toBuffer(checkReportDocument({ run, project: miniProject, numbers, lang: 'sv', t }));
    expect(malformedParts(bytes)).toEqual([]);
    const parts = readDocx(bytes);
    const text = textOf(parts.document);
    for (const f of run.findings) expect(text).toContain(f.title);
    expect(text).toContain(numbers.get('r1')!);
    // Conflicts first: what the buyer must act on.
    const headings2 = paragraphsOf(parts.document).filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(headings2[0]).toContain(t('contract:statusGroup.conflict'));
    expect(text).toContain('24 timmar');
    expect(text).toContain('72 timmar');
    expect(text).toContain(t('contract:value.percent', { amount: 99.5 }));
    expect(text).toContain(t('contract:location.clause', { number: '7.2' }));
    expect(text).toContain('“Biträdet ska underrätta den personuppgiftsansvarige om en personuppgiftsincident inom 72 timmar');
    // The matched words are bold in the quote.
    expect(parts.document).toMatch(/<w:b\/>[\s\S]{0,80}<w:t xml:space="preserve">personuppgiftsincident<\/w:t>/);
    expect(text).toContain(t('export:report.override', { status: t('contract:status.not-applicable') }));
    expect(text).toContain('Regleras i huvudavtalet, inte i PUB-avtalet.');
    expect(text).toContain(t('export:report.noEvidence'));
    expect(text).toContain(t('contract:risk.third-country-transfer'));
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain(t('contract:agreement.pub-avtal'));
    expect(parts.document).not.toMatch(/[\u0000-\u0008]/);
  });
});

describe('export file names', () => {
  it('keep letters of every language and drop what file systems refuse', () => {
    expect(exportFileName('Kravspecifikation', { title: 'Lärplattform 2027', reference: 'UH-2026/014' })).toBe('Kravspecifikation UH-2026 014 Lärplattform 2027.docx');
    expect(exportFileName('Spec', { title: 'a:b*c?"d<e>f|g\u0001. ' })).toBe('Spec a b c d e f g.docx');
    expect(exportFileName('', { title: '...' })).toBe('kravkit.docx');
  });
});
