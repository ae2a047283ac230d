import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memo, type ComponentProps } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../src/domain/catalogue/catalogue';
import type { Project } from '../../src/domain/model';
import { createProject } from '../../src/domain/project/create';
import { addTemplate } from '../../src/domain/project/requirements';
import { assembleSpecification } from '../../src/domain/specification/assemble';
import { loadCatalogue } from '../../src/io/packs/catalogue-loader';
import { useKravkitStore } from '../../src/store';
import { RequirementList } from '../../src/ui/phases/during/RequirementList';
import { renderWithApp } from '../support/render';

/*
 * A render counter at the rows' memo boundary: the real row wrapped in a memo with the same
 * (default, shallow) comparison as the real one, counting each render that gets through it.
 */
const renders: string[] = [];
vi.mock('../../src/ui/phases/during/RequirementRow', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ui/phases/during/RequirementRow')>();
  const memoised = real.RequirementRow as unknown as { type: (p: ComponentProps<typeof real.RequirementRow>) => React.ReactNode; compare: unknown };
  if (memoised.compare !== null) throw new Error('RequirementRow uses a custom comparison; the counter would not match it');
  const Inner = memoised.type;
  return {
    RequirementRow: memo(function CountedRow(props: ComponentProps<typeof real.RequirementRow>) {
      renders.push(props.requirement.uid);
      return <Inner {...props} />;
    }),
  };
});

let catalogue: Catalogue;
let big: Project;
const NO_FLAGS = new Map<string, readonly string[]>();

// jsdom lays nothing out: give the scroller a tall viewport and each row a height, so the virtual list renders every row.
const layout = ['clientHeight', 'clientWidth', 'offsetHeight'] as const;
const realLayout = layout.map((name) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, name) ?? Object.getOwnPropertyDescriptor(Element.prototype, name));

beforeAll(async () => {
  catalogue = await loadCatalogue();
  let p = createProject({ id: 'p-big', title: 'Stor upphandling', language: 'en', now: '2026-01-01T00:00:00.000Z' });
  p = { ...p, before: { ...p.before, areas: ['learning-platform'] } };
  for (const [i, id] of [...catalogue.templates.keys()].slice(0, 200).entries()) p = addTemplate(p, catalogue, id, `r${i}`);
  big = p;
  const tall = (el: HTMLElement, rowSize: number) => (el.classList.contains('requirement-scroller') ? 1_000_000 : rowSize);
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get() { return tall(this, 100); } });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get() { return 800; } });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get() { return tall(this, 100); } });
});

afterAll(() => {
  layout.forEach((name, i) => {
    const d = realLayout[i];
    if (d) Object.defineProperty(HTMLElement.prototype, name, d);
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[name];
  });
});

beforeEach(() => {
  renders.length = 0;
  useKravkitStore.setState({ project: structuredClone(big), catalogue, userPacks: [], past: [], future: [] });
});

const openList = () => renderWithApp(<RequirementList flags={NO_FLAGS} />);
const visibleOrder = () => screen.getAllByRole('article').map((a) => a.getAttribute('aria-labelledby')!.slice(4));
const row = (uid: string) => screen.getAllByRole('article').find((a) => a.getAttribute('aria-labelledby') === `req-${uid}`)!;

/** The first displayed group (area and category) with at least three requirements. */
function groupOfThree(p: Project) {
  for (const s of assembleSpecification(p, catalogue).sections) {
    for (const c of s.categories) if (c.requirements.length >= 3) return c.requirements.map((n) => n.requirement.uid);
  }
  throw new Error('no group of three');
}

describe('the specification list', () => {
  it('renders all 200 requirements in document order', async () => {
    await openList();
    expect(visibleOrder()).toEqual(assembleSpecification(big, catalogue).requirements.map((n) => n.requirement.uid));
    expect(visibleOrder()).toHaveLength(200);
  });

  it('moves a requirement one place up on screen when "Move up" is pressed, and back down with "Move down"', async () => {
    const user = userEvent.setup();
    await openList();
    const [first, second] = groupOfThree(big);
    const before = visibleOrder();
    await user.click(within(row(second!)).getByRole('button', { name: 'Edit' }));
    await user.click(within(row(second!)).getByRole('button', { name: 'Move up' }));
    const after = visibleOrder();
    expect(after.indexOf(second!)).toBe(before.indexOf(first!));
    expect(after.indexOf(first!)).toBe(before.indexOf(second!));
    expect(after.filter((u) => u !== first && u !== second)).toEqual(before.filter((u) => u !== first && u !== second));
    expect(within(row(second!)).getByRole('button', { name: 'Move up' })).toBeDisabled();
    await user.click(within(row(second!)).getByRole('button', { name: 'Move down' }));
    expect(visibleOrder()).toEqual(before);
  });

  it('disables "Move down" at the end of a group, where the next requirement on screen belongs to another group', async () => {
    const user = userEvent.setup();
    await openList();
    const group = groupOfThree(big);
    const last = group.at(-1)!;
    await user.click(within(row(last)).getByRole('button', { name: 'Edit' }));
    expect(within(row(last)).getByRole('button', { name: 'Move down' })).toBeDisabled();
    expect(within(row(last)).getByRole('button', { name: 'Move up' })).toBeEnabled();
  });

  it('lists a requirement under another of its areas when the user groups it there, renumbered in that section', async () => {
    const user = userEvent.setup();
    await openList();
    const spec = assembleSpecification(big, catalogue);
    const target = spec.requirements.find((n) => n.requirement.areas.filter((a) => catalogue.areas.has(a)).length > 1)!;
    const uid = target.requirement.uid;
    const other = target.requirement.areas.find((a) => a !== spec.sections.find((s) => s.categories.some((c) => c.requirements.includes(target)))!.areaId)!;
    await user.click(within(row(uid)).getByRole('button', { name: 'Edit' }));
    await user.selectOptions(within(row(uid)).getByLabelText('Listed under'), other);
    expect(useKravkitStore.getState().project!.requirements.find((r) => r.uid === uid)!.group).toBe(other);
    const regrouped = assembleSpecification(useKravkitStore.getState().project!, catalogue);
    const section = regrouped.sections.find((s) => s.areaId === other)!;
    expect(within(row(uid)).getByText(/^K-\d+\.\d+$/).textContent).toMatch(new RegExp(`^K-${section.index}\\.`));
    expect(visibleOrder()).toEqual(regrouped.requirements.map((n) => n.requirement.uid));
  });

  it('re-renders only the edited row when one parameter changes in a list of 200', async () => {
    const user = userEvent.setup();
    await openList();
    const target = assembleSpecification(big, catalogue).requirements.find((n) => n.requirement.parameters.some((p) => p.type === 'integer'))!.requirement;
    const param = target.parameters.find((p) => p.type === 'integer')!;
    await user.click(within(row(target.uid)).getByRole('button', { name: 'Edit' }));
    const input = row(target.uid).querySelector<HTMLInputElement>(`#req-editor-${target.uid}-p-${param.name}`)!;
    const next = Math.min(param.max ?? Number(target.values[param.name]) + 1, Number(target.values[param.name]) + 1);
    renders.length = 0;
    act(() => {
      fireEvent.change(input, { target: { value: String(next === target.values[param.name] ? param.min ?? 0 : next) } });
    });
    expect(useKravkitStore.getState().project!.requirements.find((r) => r.uid === target.uid)!.values[param.name]).not.toBe(target.values[param.name]);
    expect(renders).toEqual([target.uid]);
  });
});
