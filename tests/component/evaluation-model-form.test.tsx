import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useKravkitStore } from '../../src/store';
import { EvaluationModelForm } from '../../src/ui/phases/during/EvaluationModelForm';
import { renderWithApp } from '../support/render';
import { miniProject } from '../support/fixtures';

const base = miniProject;

beforeEach(() => {
  useKravkitStore.setState({ project: structuredClone(base), catalogue: null, past: [], future: [] });
});

const problems = () => screen.queryByRole('list', { name: 'Problems with the evaluation model' });

describe('the evaluation model form', () => {
  it('checks the price and quality weights sum to 100 as the user types', async () => {
    const user = userEvent.setup();
    await renderWithApp(<EvaluationModelForm />);
    expect(screen.getByText('The weights sum to 100 %.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Price weight (%)'));
    await user.type(screen.getByLabelText('Price weight (%)'), '30');
    expect(screen.getByText('The weights sum to 90 %: they must sum to 100 %.')).toBeInTheDocument();
  });

  it('says how the should weights are read when they do not sum to 100, and names unweighted shoulds', async () => {
    const project = structuredClone(base);
    project.requirements.push({ ...project.requirements[5], uid: 'r8', weight: undefined });
    useKravkitStore.setState({ project });
    await renderWithApp(<EvaluationModelForm />);
    const items = within(problems()!).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('1 should-requirement has no weight and gives no points: give it a weight or make it a must-requirement.');
    expect(items).toContain("The should-requirements' weights sum to 20; each is read as its share of the quality part (weight ÷ 20).");
  });

  it('warns that should-requirements are not evaluated under lowest price, in the user language', async () => {
    const project = structuredClone(base);
    project.evaluation = { ...project.evaluation, model: 'lowest-price' };
    useKravkitStore.setState({ project });
    await renderWithApp(<EvaluationModelForm />, { lang: 'sv' });
    expect(screen.getByRole('list', { name: 'Problem med utvärderingsmodellen' })).toHaveTextContent(
      '1 bör-krav utvärderas inte vid lägsta pris: gör det till skall-krav, ta bort det eller välj en annan modell.',
    );
  });

  it('shows no problem list for a sound model', async () => {
    const project = structuredClone(base);
    project.requirements[5] = { ...project.requirements[5], weight: 100 };
    useKravkitStore.setState({ project });
    await renderWithApp(<EvaluationModelForm />);
    expect(problems()).toBeNull();
  });
});
