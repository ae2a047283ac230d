import { readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useKravkitStore } from '../../src/store';
import PoolPage from '../../src/ui/features/pool/PoolPage';
import { renderWithApp } from '../support/render';
import { miniProject } from '../support/fixtures';

const downloads: { blob: Blob; name: string }[] = [];
vi.mock('../../src/ui/common/download', () => ({ downloadBlob: (blob: Blob, name: string) => downloads.push({ blob, name }) }));

const project = miniProject;
const csv = (name: string) => new File([readFileSync(`tests/fixtures/usage/${name}`, 'utf8')], name, { type: 'text/csv' });

beforeEach(() => {
  downloads.length = 0;
  useKravkitStore.setState({ project: { ...project, poolScenarios: [] }, catalogue: null, past: [], future: [] });
});

async function setTerms(user: ReturnType<typeof userEvent.setup>) {
  for (const [label, value] of [['Amount per pupil and period', '50'], ['Pupils', '4200'], ['Administration fee (%)', '2']]) {
    await user.clear(screen.getByLabelText(label));
    await user.type(screen.getByLabelText(label), value);
  }
}

describe('the flat-rate pool page', () => {
  it('imports a year of usage, maps the columns and shows payouts that sum exactly to the pool less the fee', async () => {
    const user = userEvent.setup();
    await renderWithApp(<PoolPage />);
    await setTerms(user);
    await user.upload(screen.getByLabelText('Import usage CSV'), csv('year-2026.csv'));
    // The guessed mapping is shown for checking before the rows are used.
    expect(await screen.findByLabelText('Column for Active users')).toHaveDisplayValue('active_users');
    expect(within(screen.getByRole('table', { name: 'Preview and column mapping' })).getAllByRole('row')).toHaveLength(6);
    await user.click(screen.getByRole('button', { name: 'Use these rows' }));

    expect(await screen.findByText('108 rows read')).toBeInTheDocument();
    const payouts = screen.getByRole('table', { name: 'Payouts' });
    // 12 × 4 200 × 50 kr = 2 520 000 kr, less 2 % = 2 469 600 kr, all of it paid out.
    expect(within(payouts).getByRole('row', { name: /^Total/ })).toHaveTextContent(/SEK\s2,469,600\.00/);

    // Each single-measure key side by side; sessions gives Alinea what the CLI prints for --key sessions.
    const byKey = screen.getByRole('table', { name: 'Payout under each key' });
    expect(within(byKey).getByRole('row', { name: /^Alinea/ })).toHaveTextContent(/SEK\s318,270\.10/);
    await user.click(screen.getByLabelText('Share of sessions'));
    expect(within(payouts).getByRole('row', { name: /^Alinea/ })).toHaveTextContent(/SEK\s318,270\.10/);
    expect(within(payouts).getByRole('row', { name: /^Total/ })).toHaveTextContent(/SEK\s2,469,600\.00/);
    expect(within(screen.getByRole('table', { name: 'Compared with licences' })).getByRole('row', { name: /^Gleerups/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Export payouts (CSV)' }));
    const text = await downloads[0].blob.text();
    const sum = text.trim().split('\r\n').slice(1).reduce((s, line) => s + Number(line.split(',').at(-3)), 0);
    expect(sum).toBe(246_960_000);
  });

  it('imports usage with only minutes: the other keys are disabled with the reason, and the key moves to minutes', async () => {
    const user = userEvent.setup();
    await renderWithApp(<PoolPage />);
    await setTerms(user);
    expect(screen.getByLabelText('Share of active users')).toBeChecked();
    const file = (text: string) => new File([text], 'minutes.csv', { type: 'text/csv' });
    // Without any measure the rows cannot be used.
    await user.upload(screen.getByLabelText('Import usage CSV'), file('supplier,material,period\nA,a,2026-01\n'));
    expect(await screen.findByText('Choose at least one column with a measure: active users, sessions or minutes.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Use these rows' })).toBeDisabled();

    await user.upload(screen.getByLabelText('Import usage CSV'), file('supplier,material,period,minutes\nA,a,2026-01,30\nB,b,2026-01,10\n'));
    await user.click(await screen.findByRole('button', { name: 'Use these rows' }));
    expect(await screen.findByText('2 rows read')).toBeInTheDocument();
    expect(screen.getByLabelText('Share of minutes')).toBeChecked();
    for (const key of ['Share of active users', 'Share of sessions']) {
      const radio = screen.getByLabelText(key, { exact: false });
      expect(radio).toBeDisabled();
      expect(radio).toHaveAccessibleDescription(/Not in the usage data: the file had no “(Active users|Sessions)” column\./);
    }
    expect(screen.getByLabelText('Share of minutes', { exact: false })).toBeEnabled();
    // 4 200 × 50 kr less 2 % = 205 800 kr, split 3:1 by minutes.
    const payouts = screen.getByRole('table', { name: 'Payouts' });
    expect(within(payouts).getByRole('row', { name: /^A\b/ })).toHaveTextContent(/SEK\s154,350\.00/);
  });

  it('lists rows it could not read with their line numbers', async () => {
    const user = userEvent.setup();
    await renderWithApp(<PoolPage />);
    await setTerms(user);
    await user.upload(screen.getByLabelText('Import usage CSV'), csv('bad-rows.csv'));
    await user.click(await screen.findByRole('button', { name: 'Use these rows' }));
    const list = await screen.findByRole('list', { name: '5 rows could not be read' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Line 3: Active users is negative (-4).',
      'Line 4: Supplier is empty.',
      'Line 5: Active users is not a number (“tio”).',
      'Line 8: 2 columns, at least 6 expected.',
      'Line 9: Minutes is empty.',
    ]);
    expect(screen.getByText('2 rows read')).toBeInTheDocument();
  });

  it('saves scenarios, one with a supplier’s usage doubled, and compares them side by side', async () => {
    const user = userEvent.setup();
    await renderWithApp(<PoolPage />);
    await setTerms(user);
    await user.upload(screen.getByLabelText('Import usage CSV'), csv('year-2026.csv'));
    await user.click(await screen.findByRole('button', { name: 'Use these rows' }));
    await user.type(screen.getByLabelText('Scenario name'), 'Base');
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await user.selectOptions(screen.getByLabelText('Supplier'), 'Alinea');
    await user.click(screen.getByRole('button', { name: 'Save as new scenario' }));
    await waitFor(() => expect(useKravkitStore.getState().project?.poolScenarios?.map((s) => s.name)).toEqual(['Base', 'Alinea × 2']));

    const saved = screen.getByRole('list', { name: 'Saved scenarios' });
    await user.click(within(saved).getByLabelText('Base'));
    await user.click(within(saved).getByLabelText('Alinea × 2'));
    const table = screen.getByRole('table', { name: 'Compare side by side' });
    const alinea = within(table).getByRole('row', { name: /^Alinea/ });
    expect(alinea.textContent).toMatch(/\(\+SEK/);
    expect(within(table).getByRole('row', { name: /^Gleerups/ }).textContent).toMatch(/\(-SEK/);

    // The CSV holds every saved scenario, each row naming its own, each summing to the whole pool.
    await user.click(screen.getByRole('button', { name: 'Export payouts (CSV)' }));
    const rows = (await downloads[0].blob.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toBe('Scenario,Supplier,Period,Payout in minor units,Payout,Usage share');
    const sums = new Map<string, number>();
    for (const line of rows.slice(1)) sums.set(line.split(',')[0], (sums.get(line.split(',')[0]) ?? 0) + Number(line.split(',').at(-3)));
    expect([...sums]).toEqual([
      ['Base', 246_960_000],
      ['Alinea × 2', 246_960_000],
    ]);
    expect(downloads[0].name).toBe('Flat-rate pool payouts UH-2026-014 Lärplattform 2027.csv');
  });

  it('exports CSV for a Swedish user with semicolons, decimal commas, a UTF-8 BOM and Swedish column names and file name', async () => {
    const user = userEvent.setup();
    const usage = [
      { supplier: 'Förlaget Åäö', material: 'm1', period: '2026-01', active_users: 1, sessions: 1, minutes: 1 },
      { supplier: 'Beta; AB', material: 'm2', period: '2026-01', active_users: 2, sessions: 1, minutes: 1 },
    ];
    useKravkitStore.setState({
      project: {
        ...project,
        poolScenarios: [
          { id: 's1', name: 'Bas', amountPerPupil: 1, pupils: 100, feePercent: 1, key: 'active_users', currency: 'SEK', usage },
          { id: 's2', name: 'Sessioner', amountPerPupil: 1, pupils: 100, feePercent: 0, key: 'sessions', currency: 'SEK', usage },
        ],
      },
    });
    await renderWithApp(<PoolPage />, { lang: 'sv' });
    await user.click(screen.getByRole('button', { name: 'Exportera utbetalningar (CSV)' }));
    const bytes = new Uint8Array(await downloads[0].blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n')).toEqual([
      'Scenario;Leverantör;Period;Utbetalning i öre;Utbetalning;Andel av användningen',
      'Bas;"Beta; AB";2026-01;6600;66,00;0,666667',
      'Bas;Förlaget Åäö;2026-01;3300;33,00;0,333333',
      'Sessioner;"Beta; AB";2026-01;5000;50,00;0,500000',
      'Sessioner;Förlaget Åäö;2026-01;5000;50,00;0,500000',
      '',
    ]);
    expect(downloads[0].name).toBe('Flatrate-pool utbetalningar UH-2026-014 Lärplattform 2027.csv');
    await user.click(screen.getByRole('button', { name: 'Exportera rapport (.docx)' }));
    await waitFor(() => expect(downloads).toHaveLength(2), { timeout: 10_000 });
    expect(downloads[1].name).toBe('Flatrate-pool rapport UH-2026-014 Lärplattform 2027.docx');
  });

  it('counts pupils school by school when given, and keeps them with the saved scenario', async () => {
    const user = userEvent.setup();
    await renderWithApp(<PoolPage />);
    await setTerms(user);
    await user.type(screen.getByLabelText(/Pupils per school/), 'Norra skolan; 2000{Enter}Södra skolan; 2200{Enter}Västra; många');
    expect(screen.getByLabelText('Pupils')).toHaveValue(4200);
    expect(screen.getByText('Lines not read (name; pupils): 3')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Import usage CSV'), csv('year-2026.csv'));
    await user.click(await screen.findByRole('button', { name: 'Use these rows' }));
    expect(within(screen.getByRole('table', { name: 'Payouts' })).getByRole('row', { name: /^Total/ })).toHaveTextContent(/SEK\s2,469,600\.00/);
    await user.click(screen.getByRole('button', { name: 'Save as scenario' }));
    await waitFor(() => expect(useKravkitStore.getState().project?.poolScenarios?.[0]).toMatchObject({ pupils: 4200, schools: [{ name: 'Norra skolan', pupils: 2000 }, { name: 'Södra skolan', pupils: 2200 }] }));
  });

  it('has no WCAG 2.1 A/AA violations that axe can find in jsdom, with payouts shown', async () => {
    const user = userEvent.setup();
    const { container } = await renderWithApp(<PoolPage />);
    await setTerms(user);
    await user.upload(screen.getByLabelText('Import usage CSV'), csv('year-2026.csv'));
    await user.click(await screen.findByRole('button', { name: 'Use these rows' }));
    const result = await axe.run(container, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`)).toEqual([]);
  });
});
