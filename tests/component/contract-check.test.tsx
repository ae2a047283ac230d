import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalogue } from '../../src/domain/catalogue/catalogue';
import { checkContract } from '../../src/domain/contract/check';
import { segmentClauses } from '../../src/domain/contract/segment';
import type { ProjectFile, TemplatePackFile } from '../../src/domain/model';
import { readContractFile } from '../../src/io/contract/read-contract';
import { loadNodePdfJs } from '../../src/io/contract/read-contract-node';
import { readTextContract } from '../../src/io/contract/read-text';
import type { ContractWorkerRequest, ContractWorkerResponse } from '../../src/io/contract/worker-protocol';
import { useKravkitStore } from '../../src/store';
import ContractCheckPage from '../../src/ui/features/contract-check/ContractCheckPage';
import { renderWithApp } from '../support/render';

// jsdom has no Web Worker: the same read-and-check runs in-process.
vi.mock('../../src/io/contract/check-in-worker', () => ({
  checkInWorker: async (req: ContractWorkerRequest): Promise<ContractWorkerResponse> => {
    const read =
      req.source.kind === 'paste'
        ? readTextContract(req.source.name, req.source.text, 'paste')
        : await readContractFile(req.source.name, new Uint8Array(req.source.bytes), loadNodePdfJs);
    return read.ok ? { kind: 'kravkit.contract-check', ok: true, run: checkContract(read.document, req.requirements, req.options), clauses: segmentClauses(read.document.blocks) } : { kind: 'kravkit.contract-check', ok: false, error: read.error };
  },
}));

const downloads = vi.hoisted(() => [] as { name: string; size: number }[]);
vi.mock('../../src/ui/common/download', () => ({
  downloadBlob: (blob: Blob, name: string) => downloads.push({ name, size: blob.size }),
  downloadJson: (value: unknown, name: string) => downloads.push({ name, size: JSON.stringify(value).length }),
}));

const dir = 'tests/fixtures/contracts';
const pack = JSON.parse(readFileSync(`${dir}/contract-pack.json`, 'utf8')) as TemplatePackFile;
const project = (JSON.parse(readFileSync(`${dir}/contract-project.json`, 'utf8')) as ProjectFile).project;

beforeEach(() => {
  useKravkitStore.setState({ project: { ...project, checks: [] }, catalogue: buildCatalogue([pack]).catalogue, past: [], future: [] });
});

describe('the contract check page', () => {
  it('checks pasted text and shows conflicts first, each beside its clause with the matched words marked', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ContractCheckPage />);
    await user.click(screen.getByText('…or paste the contract text'));
    await user.click(screen.getByLabelText('Contract text'));
    await user.paste(readFileSync(`${dir}/sv-dpa-conflicts.txt`, 'utf8'));
    await user.click(screen.getByRole('button', { name: 'Check the contract' }));

    await waitFor(() => expect(useKravkitStore.getState().project?.checks).toHaveLength(1));
    const nav = await screen.findByRole('navigation', { name: 'Finding' });
    const headings = within(nav).getAllByRole('heading').map((h) => h.textContent);
    expect(headings[0]).toMatch(/^Conflicts with the specification/);
    expect(headings[1]).toMatch(/^Missing from the contract/);

    await user.click(within(nav).getByRole('button', { name: /Incidentanmälan/ }));
    const detail = screen.getByRole('article');
    expect(within(detail).getByText('24 hours')).toBeInTheDocument();
    expect(within(detail).getByText('72 hours')).toBeInTheDocument();
    expect([...detail.querySelectorAll('mark')].map((m) => m.textContent)).toContain('72 timmar');
    expect(within(detail).getByText(/Clause 6\.1, Personuppgiftsincidenter/)).toBeInTheDocument();

    await user.click(within(detail).getByRole('button', { name: 'Show in the document' }));
    const doc = within(detail).getByRole('list', { name: 'The contract as read' });
    expect(within(doc).getAllByRole('listitem').length).toBeGreaterThan(20);
    const current = doc.querySelector('[aria-current="true"]')!;
    expect(current.textContent).toContain('inom 72 timmar');
    expect(current.querySelector('mark')).not.toBeNull();
  });

  it('exports the report as JSON and as Word', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ContractCheckPage />);
    await user.click(screen.getByText('…or paste the contract text'));
    await user.click(screen.getByLabelText('Contract text'));
    await user.paste(readFileSync(`${dir}/en-saas-risky.txt`, 'utf8'));
    await user.click(screen.getByRole('button', { name: 'Check the contract' }));
    await user.click(await screen.findByRole('button', { name: 'Export report (JSON)' }));
    await user.click(screen.getByRole('button', { name: 'Export report (Word)' }));
    await waitFor(() => expect(downloads.map((d) => d.name.slice(-5))).toEqual(['.json', '.docx']), { timeout: 10_000 });
    expect(downloads[1].size).toBeGreaterThan(1000);
  });

  it('keeps the reviewer’s mark and status change with a note in the saved run', async () => {
    const user = userEvent.setup();
    await renderWithApp(<ContractCheckPage />);
    await user.click(screen.getByText('…or paste the contract text'));
    await user.click(screen.getByLabelText('Contract text'));
    await user.paste(readFileSync(`${dir}/da-dpa-gaps.txt`, 'utf8'));
    await user.click(screen.getByRole('button', { name: 'Check the contract' }));
    const nav = await screen.findByRole('navigation', { name: 'Finding' });
    await user.click(within(nav).getByRole('button', { name: /Underretning om brud|Incidentanmälan/ }));
    const detail = screen.getByRole('article');
    await user.click(within(detail).getByLabelText('Reviewed'));
    await user.selectOptions(within(detail).getByLabelText('Change status'), 'conflict');
    await user.type(within(detail).getByLabelText('Note'), 'Ingen frist');
    await waitFor(() => {
      const f = useKravkitStore.getState().project!.checks![0].findings.find((x) => x.requirementUid === 'breach-notification')!;
      expect(f.reviewed).toBe(true);
      expect(f.override).toEqual({ status: 'conflict', note: 'Ingen frist' });
    });
  });

  it('explains a file it cannot read, states the limit, and saves no run', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderWithApp(<ContractCheckPage />);
    await user.upload(screen.getByLabelText('Choose a file'), new File([readFileSync('tests/fixtures/hostile/entity-expansion.docx')], 'dpa.docx'));
    expect(await screen.findByRole('alert')).toHaveTextContent('XML entity declarations');
    await user.upload(screen.getByLabelText('Choose a file'), new File(['x'], 'contract.odt'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('.docx, .pdf, .txt and .md'));
    const huge = new File(['x'], 'huge.pdf');
    Object.defineProperty(huge, 'size', { value: 26 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Choose a file'), huge);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('larger than 25 MB'));
    expect(useKravkitStore.getState().project?.checks ?? []).toHaveLength(0);
  });
});
