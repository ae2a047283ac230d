import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readContractFile } from '../../../src/io/contract/read-contract';
import { loadNodePdfJs, readContractPath } from '../../../src/io/contract/read-contract-node';
import { readDocxContract } from '../../../src/io/contract/read-docx';
import { LIMITS } from '../../../src/io/contract/read-result';
import { readTextContract } from '../../../src/io/contract/read-text';
import { readKravkitFile } from '../../../src/io/files/read-file';

const HOSTILE = join(process.cwd(), 'tests/fixtures/hostile');
const CONTRACTS = join(process.cwd(), 'tests/fixtures/contracts');
const errorOf = async (file: string) => {
  const r = await readContractPath(join(HOSTILE, file));
  return r.ok ? undefined : r.error;
};

describe('reading contract files', () => {
  it('reads a Word file with its automatic clause numbers and heading styles', async () => {
    const r = await readContractPath(join(CONTRACTS, 'sv-dpa-full.docx'));
    if (!r.ok) throw new Error(r.error.code);
    const texts = r.document.blocks.map((b) => b.text);
    expect(texts).toContain('6. Personuppgiftsincidenter');
    expect(texts.some((t) => t.startsWith('6.1 Personuppgiftsbiträdet ska underrätta'))).toBe(true);
    expect(r.document.blocks.find((b) => b.text === '6. Personuppgiftsincidenter')?.heading).toBe(true);
  });

  it('reads a PDF text layer into paragraphs with their pages, joining wrapped lines', async () => {
    const r = await readContractPath(join(CONTRACTS, 'da-dpa-full.pdf'));
    if (!r.ok) throw new Error(r.error.code);
    expect(r.document.pages).toBeGreaterThanOrEqual(1);
    const breach = r.document.blocks.find((b) => b.text.startsWith('9.1 '))!;
    expect(breach.text).toContain('senest inden for 24 timer.');
    expect(breach.page).toBeGreaterThanOrEqual(1);
  });

  it('keeps Markdown headings as headings and drops emphasis marks', () => {
    const r = readTextContract('a.md', '# 6. Incidenter\n**6.1** Biträdet ska _underrätta_ inom 24 timmar.', 'md');
    expect(r.ok && r.document.blocks).toEqual([{ text: '6. Incidenter', heading: true }, { text: '6.1 Biträdet ska underrätta inom 24 timmar.' }]);
  });
});

describe('hostile and broken files get a clear error and nothing else', () => {
  it('refuses XML with entity declarations (billion laughs, external entities)', async () => {
    expect(await errorOf('entity-expansion.docx')).toEqual({ code: 'entity-tricks' });
    expect(await errorOf('external-entity.docx')).toEqual({ code: 'entity-tricks' });
  });

  it('calls random bytes and a truncated zip corrupt', async () => {
    expect((await errorOf('random-bytes.docx'))?.code).toBe('corrupt');
    expect((await errorOf('random-bytes.pdf'))?.code).toBe('corrupt');
    expect((await errorOf('truncated.docx'))?.code).toBe('corrupt');
  });

  it('recognises an encrypted PDF and a scan without a text layer', async () => {
    expect(await errorOf('encrypted.pdf')).toEqual({ code: 'encrypted' });
    expect(await errorOf('scanned.pdf')).toEqual({ code: 'no-text-layer' });
  });

  it('reads only the text of a PDF with embedded JavaScript', async () => {
    const r = await readContractPath(join(HOSTILE, 'javascript.pdf'));
    expect(r.ok && r.document.blocks).toEqual([{ text: '1. Personuppgifter lagras inom EU/EES.', page: 1 }]);
  });

  it('stops a zip bomb at the expanded-size cap, whatever sizes the zip declares', () => {
    // 80 MB of one repeated paragraph compresses to well under a megabyte.
    const para = '<w:p><w:r><w:t>lol</w:t></w:r></w:p>';
    const xml = new Uint8Array(80 * 1024 * 1024);
    const unit = strToU8(para);
    for (let i = 0; i + unit.length <= xml.length; i += unit.length) xml.set(unit, i);
    const zip = zipSync({ 'word/document.xml': xml }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(LIMITS.fileBytes);
    const r = readDocxContract('bomb.docx', zip);
    expect(r.ok ? 'read' : r.error).toEqual({ code: 'zip-bomb', limitBytes: LIMITS.docxExpandedBytes, limitEntries: LIMITS.docxEntries });
  });

  it('stops a zip with more entries than any Word file has', () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i <= LIMITS.docxEntries; i++) entries[`x/${i}.xml`] = new Uint8Array(0);
    const r = readDocxContract('many.docx', zipSync(entries, { level: 0 }));
    expect(r.ok ? 'read' : r.error.code).toBe('zip-bomb');
  });

  it('states the limit when a file is too large', async () => {
    const r = await readContractFile('big.txt', new Uint8Array(LIMITS.fileBytes + 1), loadNodePdfJs);
    expect(r.ok ? 'read' : r.error).toEqual({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  });

  it('refuses a file type it cannot read', async () => {
    const r = await readContractFile('contract.odt', strToU8('x'), loadNodePdfJs);
    expect(r.ok ? 'read' : r.error.code).toBe('unsupported-format');
  });

  it('rejects a project file nested 100 000 levels deep without overflowing the stack', () => {
    const r = readKravkitFile(readFileSync(join(HOSTILE, 'deeply-nested.json'), 'utf8'));
    expect(r.ok).toBe(false);
  });
});
