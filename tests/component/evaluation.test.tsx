import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import axe from 'axe-core';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCatalogue } from '../../src/domain/catalogue/catalogue';
import type { Bid } from '../../src/domain/model';
import { useKravkitStore } from '../../src/store';
import EvaluationPage from '../../src/ui/features/evaluation/EvaluationPage';
import { renderWithApp } from '../support/render';
import { miniPack, miniProject } from '../support/fixtures';

const downloads: { blob: Blob; name: string }[] = [];
vi.mock('../../src/ui/common/download', () => ({ downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }) }));

const pack = miniPack;
const project = miniProject;
const musts = ['r1', 'r2', 'r3', 'r4', 'r5', 'r7'];
const allMusts = Object.fromEntries(musts.map((uid) => [uid, { answer: 'fulfilled' as const }]));
const bid = (id: string, supplier: string, price: number, points: number): Bid => ({ id, supplier, price, currency: 'SEK', answers: { ...allMusts, r6: { answer: 'fulfilled', points } } });

beforeEach(() => {
  downloads.length = 0;
  useKravkitStore.setState({
    project: { ...project, bids: [bid('a', 'Alfa AB', 800_000, 6), bid('b', 'Beta A/S', 1_000_000, 10)] },
    catalogue: buildCatalogue([pack]).catalogue,
    past: [],
    future: [],
  });
});

describe('the evaluation page', () => {
  it('scores three bids, excludes the one failing a must-requirement, and exports a protocol with every step', async () => {
    const user = userEvent.setup();
    await renderWithApp(<EvaluationPage />);
    await user.click(screen.getByRole('button', { name: 'Add bid' }));
    const fresh = screen.getByRole('article', { name: 'New bidder' });
    await user.type(within(fresh).getByLabelText('Supplier'), 'Gamma Oy');
    const gamma = screen.getByRole('article', { name: 'Gamma Oy' });
    await user.clear(within(gamma).getByLabelText('Price'));
    await user.type(within(gamma).getByLabelText('Price'), '700000');
    await user.click(within(gamma).getByText('Answers from Gamma Oy'));
    for (const n of ['K-1.2', 'K-1.3', 'K-2.1', 'K-2.3', 'K-3.1']) await user.selectOptions(within(gamma).getByLabelText(`${n} Answer`), 'Fulfilled');
    await user.selectOptions(within(gamma).getByLabelText('K-2.2 Answer'), 'Partly');

    const result = screen.getByRole('region', { name: 'Result' });
    await waitFor(() => expect(within(result).getByText('Gamma Oy').parentElement).toHaveTextContent('Excluded: must-requirements not fulfilled: K-2.2 Radering vid avtalets slut (Partly)'));
    // Alfa: P 10, Q 6 → (40×10 + 60×6)/100 = 7.60; Beta: P 8, Q 10 → 9.20.
    const rows = within(result).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td,th')].map((c) => c.textContent));
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([['1', 'Beta A/S', '9.20'], ['2', 'Alfa AB', '7.60']]);

    await user.click(screen.getByRole('button', { name: 'Export evaluation protocol (.docx)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(await downloads[0].blob.arrayBuffer()))['word/document.xml']);
    // The protocol is in the project's language (Swedish), whatever the interface's.
    expect(xml).toContain('Utvärderingsprotokoll');
    expect(xml).toMatch(/800\s000,00 ÷ 1\s000\s000,00 × 10 = 8,00/);
    expect(xml).toContain('(40 × 10,00 + 60 × 6,00) ÷ 100 = 7,60');
    // Named in the protocol's language, like the specification.
    expect(downloads[0].name).toBe(`Utvärderingsprotokoll ${project.reference} ${project.title}.docx`);
  });

  it('shows a tie visibly and re-ranks when the model changes', async () => {
    const user = userEvent.setup();
    useKravkitStore.setState({ project: { ...useKravkitStore.getState().project!, bids: [bid('a', 'Alfa AB', 900_000, 6), bid('b', 'Beta A/S', 900_000, 10)] } });
    await renderWithApp(<EvaluationPage />);
    await user.selectOptions(screen.getByLabelText('Model'), 'Lowest price');
    const result = screen.getByRole('region', { name: 'Result' });
    expect(within(result).getAllByText('tied')).toHaveLength(2);
    expect(within(result).getByRole('note')).toHaveTextContent('Tie: Alfa AB, Beta A/S share rank 1.');
    expect(useKravkitStore.getState().project?.evaluation.model).toBe('lowest-price');
  });

  it('imports a filled-in response form and reports the rows it could not read', async () => {
    const user = userEvent.setup();
    const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })) });
    const doc = new Document({
      sections: [{ children: [new Table({ rows: [row(['ID', 'Requirement', 'Kind', 'Answer', 'Description']), row(['K-1.1', 'Feedback', 'Should', 'Fulfilled', 'See annex 2']), row(['K-2.2', 'Deletion', 'Must', 'Not fulfilled', '']), row(['K-3.1', 'Availability', 'Must', 'maybe', ''])] })] }],
    });
    const file = new File([new Uint8Array(await Packer.toBuffer(doc))], 'alfa-answers.docx');
    await renderWithApp(<EvaluationPage />);
    const alfa = screen.getByRole('article', { name: 'Alfa AB' });
    await user.upload(within(alfa).getByLabelText('Import response form (.docx) for Alfa AB'), file);
    const status = await within(alfa).findByRole('status');
    expect(status).toHaveTextContent('2 answers read from the response form.');
    expect(status).toHaveTextContent('Table 1, row 4: the answer to K-3.1 could not be read (“maybe”).');
    await waitFor(() => expect(useKravkitStore.getState().project?.bids?.[0].answers.r2).toEqual({ answer: 'not' }));
    // Points given by hand survive the import; the comment comes from the form.
    expect(useKravkitStore.getState().project?.bids?.[0].answers.r6).toEqual({ answer: 'fulfilled', points: 6, comment: 'See annex 2' });
  });

  it('has no WCAG 2.1 A/AA violations that axe can find in jsdom', async () => {
    const { container } = await renderWithApp(<EvaluationPage />);
    const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
