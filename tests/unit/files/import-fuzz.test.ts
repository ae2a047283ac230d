import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKravkitFile } from '../../../src/io/files/read-file';
import { importInput, importOutcome, runImportFuzz } from '../../support/file-fuzz';

describe('importing generated and mutated files', () => {
  it('always gives a valid file or a list of errors, never an exception', () => {
    fc.assert(
      fc.property(importInput, (text) => importOutcome(text) !== 'threw'),
      { numRuns: 1500 },
    );
  });

  it('applies every valid file as the app does, without an exception and without touching the open project', async () => {
    // Projects into the store, packs fitted and combined into a catalogue, backups restored,
    // reports summarised: all with the seed project open, so colliding ids are exercised.
    const r = await runImportFuzz(1200, 8);
    expect(r.tried).toBe(1200);
    expect(r.failed).toBe(0);
    expect(Object.keys(r.applied).sort()).toEqual(['kravkit.backup', 'kravkit.check-report', 'kravkit.project', 'kravkit.template-pack']);
  });

  it('gives the same answer for the same text (no hidden state between imports)', () => {
    fc.assert(
      fc.property(importInput, (text) => JSON.stringify(readKravkitFile(text)) === JSON.stringify(readKravkitFile(text))),
      { numRuns: 300 },
    );
  });

  it('every schema error it reports carries a JSON path', () => {
    fc.assert(
      fc.property(importInput, (text) => {
        const r = readKravkitFile(text);
        if (r.ok || r.error.code !== 'file.invalid') return true;
        return r.error.errors.length > 0 && r.error.errors.every((e) => e.path.startsWith('/'));
      }),
      { numRuns: 800 },
    );
  });
});
