import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalogue } from '../../src/domain/catalogue/catalogue';
import { useKravkitStore } from '../../src/store';
import { readResponseForm } from '../../src/io/response-form/read-response-form';
import { ExportButtons } from '../../src/ui/features/export/ExportButtons';
import { renderWithApp } from '../support/render';
import { miniPack, miniProject } from '../support/fixtures';

const downloads: { blob: Blob; name: string }[] = [];
let failNext = false;
vi.mock('../../src/ui/common/download', () => ({
  downloadBlob: (blob: Blob, name: string) => {
    if (failNext) {
      failNext = false;
      throw new Error('disk full');
    }
    downloads.push({ blob, name });
  },
}));

const pack = miniPack;
const project = miniProject;

beforeEach(() => {
  downloads.length = 0;
  failNext = false;
  useKravkitStore.setState({ project, catalogue: buildCatalogue([pack]).catalogue, past: [], future: [] });
});

async function documentXml(blob: Blob): Promise<string> {
  return new TextDecoder().decode(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']);
}

describe('the export buttons', () => {
  it('export the specification once, in the project language, while the button is disabled and the stage announced', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ExportButtons what="specification" />);
    const button = screen.getByRole('button', { name: 'Export specification and response form (Word)' });
    await user.click(button);
    expect(button).toBeDisabled();
    expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
    await user.click(button);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'), { timeout: 20_000 });
    expect(downloads).toHaveLength(1);
    expect(button).toBeEnabled();
    expect(downloads[0].name).toBe('Kravspecifikation UH-2026-014 Lärplattform 2027.docx');
    const xml = await documentXml(downloads[0].blob);
    // The interface is in English; the document follows the project (Swedish).
    expect(xml).toContain('Bilaga A: Svarsformulär för anbudsgivare');
    expect(xml).toContain('K-2.1');
  });

  it('export the bidder response form on its own beside the specification, one status for both, in the project language, readable by the evaluation import', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ExportButtons what={['specification', 'response-form']} />);
    const spec = screen.getByRole('button', { name: 'Export specification and response form (Word)' });
    const form = screen.getByRole('button', { name: 'Export bidder response form (Word)' });
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await user.click(form);
    // While one runs, neither can start another.
    expect(form).toBeDisabled();
    expect(spec).toBeDisabled();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved'), { timeout: 20_000 });
    expect(downloads).toHaveLength(1);
    expect(spec).toBeEnabled();
    expect(downloads[0].name).toBe('Svarsformulär för anbudsgivare UH-2026-014 Lärplattform 2027.docx');
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    const xml = await documentXml(downloads[0].blob);
    expect(xml).toContain('Formuläret besvarar kravspecifikationen');
    // The form only: no annex heading, no requirement chapters.
    expect(xml).not.toContain('Bilaga A');
    const read = readResponseForm(bytes);
    expect(read.ok && read.tables.flatMap((t) => t.rows.map((r) => r[0])).filter((c) => /^K-\d/.test(c))).toEqual(['K-1.1', 'K-1.2', 'K-1.3', 'K-2.1', 'K-2.2', 'K-2.3', 'K-3.1']);
  });

  it('export the checklists with their sign-offs', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ExportButtons what="checklists" />);
    await user.click(screen.getByRole('button', { name: 'Export checklists (Word)' }));
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
    const xml = await documentXml(downloads[0].blob);
    expect(xml).toContain('Rektor Anna');
    expect(xml).toContain('Rektors granskning');
  });

  it('say why an export failed and let the user try again', async () => {
    const user = userEvent.setup();
    failNext = true;
    await renderWithApp(<ExportButtons what="specification" />);
    const button = screen.getByRole('button', { name: 'Export specification and response form (Word)' });
    await user.click(button);
    expect(await screen.findByRole('alert', {}, { timeout: 20_000 })).toHaveTextContent('The export failed: disk full');
    expect(button).toBeEnabled();
    await user.click(button);
    await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 20_000 });
  });

  it('wait for the library before exporting', async () => {
    useKravkitStore.setState({ catalogue: null });
    await renderWithApp(<ExportButtons what="specification" />);
    expect(screen.getByRole('button', { name: 'Export specification and response form (Word)' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('The library is still loading.');
  });
});
