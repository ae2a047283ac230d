import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useKravkitStore } from '../../src/store';
import { ProjectFactsForm } from '../../src/ui/phases/before/ProjectFactsForm';
import { ProjectToolbar } from '../../src/ui/project/ProjectToolbar';
import { renderWithApp } from '../support/render';

async function renderEditor() {
  await renderWithApp(
    <>
      <ProjectToolbar />
      <ProjectFactsForm />
    </>,
  );
  return screen.getByLabelText('Title') as HTMLInputElement;
}

describe('undo and redo in the project toolbar', () => {
  beforeEach(async () => {
    await useKravkitStore.getState().flush();
    await useKravkitStore.getState().createProject({ title: 'Plan', language: 'en' });
  });

  it('undoes a word typed in one field in one step with the button, and redoes it', async () => {
    const user = userEvent.setup();
    const title = await renderEditor();
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();

    await user.type(title, ' 2027');
    await waitFor(() => expect(useKravkitStore.getState().project?.title).toBe('Plan 2027'));
    expect(useKravkitStore.getState().past).toHaveLength(1);

    await user.click(undo);
    expect(useKravkitStore.getState().project?.title).toBe('Plan');
    // The field shows what the project holds, so the next keystroke does not bring the word back.
    await waitFor(() => expect(title).toHaveValue('Plan'));
    expect(undo).toBeDisabled();
    expect(redo).toBeEnabled();

    await user.click(redo);
    expect(useKravkitStore.getState().project?.title).toBe('Plan 2027');
    await waitFor(() => expect(title).toHaveValue('Plan 2027'));
    expect(redo).toBeDisabled();
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z outside a text field, and typing after an undo goes on from what is shown', async () => {
    const user = userEvent.setup();
    const title = await renderEditor();
    await user.type(title, '!');
    await waitFor(() => expect(useKravkitStore.getState().project?.title).toBe('Plan!'));

    // Inside a text field Ctrl+Z is the browser's own; outside it is the project's.
    await act(async () => (document.activeElement as HTMLElement).blur());
    await user.keyboard('{Control>}z{/Control}');
    expect(useKravkitStore.getState().project?.title).toBe('Plan');
    await waitFor(() => expect(title).toHaveValue('Plan'));

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(useKravkitStore.getState().project?.title).toBe('Plan!');
    await waitFor(() => expect(title).toHaveValue('Plan!'));

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(title).toHaveValue('Plan'));
    await user.type(screen.getByLabelText('Organisation'), 'Town');
    await waitFor(() => expect(useKravkitStore.getState().project?.organisation).toBe('Town'));
    // The undone title stays undone: the form wrote what it showed, not what it had before the undo.
    expect(useKravkitStore.getState().project?.title).toBe('Plan');
  });
});
