import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue/catalogue';
import type { Project } from '../../src/domain/model';
import { createProject } from '../../src/domain/project/create';
import { addTemplate, removeRequirement } from '../../src/domain/project/requirements';
import { resolveRequirement } from '../../src/domain/requirement/resolve';
import { applySuggestions, suggestRequirements } from '../../src/domain/suggestion/suggest';
import { loadCatalogue } from '../../src/io/packs/catalogue-loader';
import { useCatalogue, useKravkitStore, useProject } from '../../src/store';
import { BurdenPanel, useBurden } from '../../src/ui/phases/during/BurdenPanel';
import { CoveragePanel } from '../../src/ui/phases/during/CoveragePanel';
import { RequirementEditor } from '../../src/ui/phases/during/RequirementEditor';
import { SuggestionsPanel } from '../../src/ui/phases/during/SuggestionsPanel';
import { renderWithApp } from '../support/render';
import { typicalPurchase } from '../support/fixtures';

let catalogue: Catalogue;
let empty: Project;
let suggested: Project;

const TYPICAL = typicalPurchase;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  empty = { ...createProject({ id: 'p-during', title: 'Lärplattform', language: 'en', now: '2026-01-01T00:00:00.000Z' }), before: TYPICAL };
  let n = 0;
  suggested = applySuggestions(empty, suggestRequirements(TYPICAL, catalogue), catalogue, () => `s${++n}`).project;
});

const open = (project: Project) => useKravkitStore.setState({ project: structuredClone(project), catalogue, userPacks: [], past: [], future: [] });
const current = () => useKravkitStore.getState().project!;
const edit = (recipe: (p: Project) => Project) => act(() => useKravkitStore.getState().update(recipe));

beforeEach(() => open(empty));

describe('the suggested specification', () => {
  it('lists what the answers suggest with the reasons, and adds them all with one press', async () => {
    const user = userEvent.setup();
    await renderWithApp(<SuggestionsPanel />);
    const total = suggestRequirements(TYPICAL, catalogue).length;
    expect(screen.getByText(`Your answers before the purchase suggest ${total} requirements; ${total} of them are not in the specification yet. Each carries why it was suggested.`)).toBeInTheDocument();
    const list = screen.getByText('Suggestions not yet in the specification, and why').closest('details')!;
    const ltiTitle = catalogue.templates.get([...catalogue.templates.keys()].find((id) => catalogue.templates.get(id)!.template.standards.includes('lti-1.3') && suggestRequirements(TYPICAL, catalogue).some((s) => s.templateId === id))!)!.template.title.en!;
    const ltiItem = within(list).getByText(ltiTitle).closest('li')!;
    expect(ltiItem).toHaveTextContent(/Suggested because .*it must work with LTI/);
    expect(within(list).getAllByText(/Suggested because .*you chose the area (Learning platform|Collaboration and communication|Tests and assessment|Identity and access)/).length).toBeGreaterThan(5);
    expect(within(list).getAllByText(/the service processes personal data|confidentiality is classified 3/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: `Add ${total} suggested requirements` }));
    expect(current().requirements).toHaveLength(total);
    expect(current().requirements.every((r) => r.addedBy === 'suggestion' && (r.reason?.length ?? 0) > 0)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`Added ${total} requirements.`);
    expect(screen.getByRole('button', { name: 'Add 0 suggested requirements' })).toBeDisabled();
  });

  it('offers to remove earlier suggestions the answers no longer support', async () => {
    const user = userEvent.setup();
    open(suggested);
    await renderWithApp(<SuggestionsPanel />);
    expect(screen.queryByText(/no longer fit your answers/)).toBeNull();
    edit((p) => ({ ...p, before: { ...p.before, areas: p.before.areas.filter((a) => a !== 'assessment') } }));
    const notice = await screen.findByText(/suggested earlier but no longer fit your answers/);
    const stale = Number(/^(\d+)/.exec(notice.textContent!)![1]);
    expect(stale).toBeGreaterThan(0);
    const before = current().requirements.length;
    await user.click(screen.getByRole('button', { name: 'Remove them' }));
    expect(current().requirements).toHaveLength(before - stale);
    expect(screen.queryByText(/no longer fit your answers/)).toBeNull();
  });
});

describe('coverage warnings', () => {
  it('warns when the last exit requirement goes, and the warning goes when one is added back', async () => {
    open(suggested);
    await renderWithApp(<CoveragePanel />);
    const exitWarning = 'No exit requirement: without data export and deletion at the end, the school is locked in.';
    await screen.findByRole('heading', { name: 'Coverage' });
    await waitFor(() => expect(screen.getByText('Areas and standards covered')).toBeInTheDocument());
    expect(screen.queryByText(exitWarning)).toBeNull();
    const exits = current().requirements.filter((r) => catalogue.templates.get(r.templateId ?? '')?.template.category === 'exit');
    expect(exits.length).toBeGreaterThan(0);
    edit((p) => exits.reduce((acc, r) => removeRequirement(acc, r.uid), p));
    expect(await screen.findByText(exitWarning, undefined, { timeout: 3000 })).toBeInTheDocument();
    edit((p) => addTemplate(p, catalogue, exits[0]!.templateId!, 'back'));
    await waitFor(() => expect(screen.queryByText(exitWarning)).toBeNull(), { timeout: 3000 });
  });

  it('warns that no requirement cites a chosen standard', async () => {
    const cites = (p: Project) => p.requirements.filter((r) => catalogue.templates.get(r.templateId ?? '')?.template.standards.includes('ss12000'));
    open(cites(suggested).reduce((acc, r) => removeRequirement(acc, r.uid), suggested));
    await renderWithApp(<CoveragePanel />);
    expect(await screen.findByText(/You chose to integrate with .*SS 12000.*, but no requirement cites it\./, undefined, { timeout: 3000 })).toBeInTheDocument();
  });
});

function Burden() {
  return <BurdenPanel report={useBurden()} />;
}

describe('bidder burden', () => {
  it('counts the musts and grades them', async () => {
    open(suggested);
    await renderWithApp(<Burden />);
    const musts = suggested.requirements.filter((r) => r.kind === 'must').length;
    const status = await screen.findByText(new RegExp(`^${musts} must-requirements`), undefined, { timeout: 3000 });
    expect(status).toHaveAttribute('role', 'status');
    if (musts >= 100) expect(status).toHaveTextContent('One Swedish school tender carried 499');
    else if (musts >= 40) expect(status).toHaveTextContent('from 40 bidders start to drop out');
  });

  it('says why musts are not followed up and what to do, and the warning goes when the role is named', async () => {
    open(suggested);
    await renderWithApp(<Burden />);
    const dpo = await screen.findByText(/the After checklist item that follows them up \(“Review the supplier's annual ISAE 3000/, undefined, { timeout: 3000 });
    expect(dpo).toHaveTextContent('name the data protection officer under Before the purchase → Organisation');
    const which = within(dpo.closest('li')!).getByText('Which requirements').closest('details')!;
    expect(within(which).getAllByRole('listitem').length).toBeGreaterThan(3);
    expect(screen.getByText(/IT security|Follow up security incidents/)).toHaveTextContent('name one in the After checklist');
    edit((p) => ({ ...p, before: { ...p.before, roles: { dataProtectionOfficer: 'Dana Dataskydd' } } }));
    await waitFor(() => expect(screen.queryByText(/annual ISAE 3000/)).toBeNull(), { timeout: 3000 });
  });

  it('turns the musts that would cost bidders into weighted shoulds with one press', async () => {
    const user = userEvent.setup();
    open(suggested);
    await renderWithApp(<Burden />);
    const button = await screen.findByRole('button', { name: 'Make them shoulds' }, { timeout: 3000 });
    const line = button.closest('li')!;
    const count = Number(/^(\d+) must-requirements would cost fewer bidders/.exec(line.textContent!)![1]);
    const shouldsBefore = current().requirements.filter((r) => r.kind === 'should').length;
    await user.click(button);
    expect(current().requirements.filter((r) => r.kind === 'should')).toHaveLength(shouldsBefore + count);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Make them shoulds' })).toBeNull(), { timeout: 3000 });
  });
});

/** The editor over the store's copy of one requirement, resolved as the list does. */
function Editor({ uid }: { uid: string }) {
  const project = useProject();
  const cat = useCatalogue()!;
  const sel = project.requirements.find((r) => r.uid === uid)!;
  return <RequirementEditor id="ed" requirement={resolveRequirement(sel, cat, project.language)} areaId="" />;
}

describe('editing one requirement', () => {
  const withParameter = () => {
    const entry = [...catalogue.templates.values()].find((e) => e.template.parameters.some((p) => p.type === 'integer' && p.max !== undefined))!;
    const param = entry.template.parameters.find((p) => p.type === 'integer' && p.max !== undefined)!;
    open(addTemplate(empty, catalogue, entry.template.id, 'e1'));
    return { param, label: new RegExp(`^${entry.template.parameters.find((p) => p === param)!.label.en!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) };
  };

  it('validates a parameter inline, keeps a bad value out of the project and shows the sentence with a good one', async () => {
    const user = userEvent.setup();
    const { param, label } = withParameter();
    await renderWithApp(<Editor uid="e1" />);
    const input = screen.getByLabelText(label);
    const saved = current().requirements[0]!.values[param.name];
    await user.clear(input);
    await user.paste(String(param.max! + 1));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`The value may be at most ${param.max}.`);
    expect(current().requirements[0]!.values[param.name]).toBe(saved);
    await user.clear(input);
    await user.paste('abc');
    expect(input).toHaveAccessibleDescription('Enter a number.');
    await user.clear(input);
    await user.paste('2,5');
    expect(input).toHaveAccessibleDescription('Enter a whole number.');
    expect(current().requirements[0]!.values[param.name]).toBe(saved);
    const good = param.max === saved ? (param.min ?? 0) : param.max!;
    await user.clear(input);
    await user.paste(String(good));
    expect(input).toHaveAttribute('aria-invalid', 'false');
    expect(current().requirements[0]!.values[param.name]).toBe(good);
    expect(screen.getByText(/^Reads:/)).toHaveTextContent(String(good));
  });

  it('shows a local wording change as a difference against the template, and undoes it', async () => {
    const user = userEvent.setup();
    withParameter();
    await renderWithApp(<Editor uid="e1" />);
    const box = screen.getByLabelText('Wording in the specification');
    await user.type(box, ' Every school year.');
    const diff = screen.getByLabelText('Changes against the template');
    expect(diff.querySelector('ins')).toHaveTextContent('Every school year.');
    expect(current().requirements[0]!.textOverride).toMatch(/ Every school year\.$/);
    await user.click(screen.getByRole('button', { name: "Use the template's wording" }));
    expect(screen.queryByLabelText('Changes against the template')).toBeNull();
    expect(current().requirements[0]!.textOverride).toBeUndefined();
  });

  it('asks for a weight when a must becomes a should under best price-quality', async () => {
    const user = userEvent.setup();
    withParameter();
    await renderWithApp(<Editor uid="e1" />);
    expect(current().evaluation.model).toBe('price-quality');
    expect(screen.queryByLabelText('Weight (points)')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Must or should'), 'should');
    const weight = screen.getByLabelText('Weight (points)');
    await user.type(weight, '15');
    expect(current().requirements[0]).toMatchObject({ kind: 'should', weight: 15 });
    await user.selectOptions(screen.getByLabelText('Must or should'), 'must');
    expect(screen.queryByLabelText('Weight (points)')).toBeNull();
  });
});
