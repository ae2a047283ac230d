import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../src/domain/catalogue/catalogue';
import { toProjectFile } from '../../../src/domain/files/project-file';
import type { Before, Project } from '../../../src/domain/model';
import { createProject } from '../../../src/domain/project/create';
import { setGroup, swapRequirements } from '../../../src/domain/project/requirements';
import { assembleSpecification, neighbours } from '../../../src/domain/specification/assemble';
import { applySuggestions, suggestRequirements } from '../../../src/domain/suggestion/suggest';
import { readFileOfKind } from '../../../src/io/files/read-file';
import { loadCatalogue } from '../../../src/io/packs/catalogue-loader';
import { counter } from './fixtures';

let catalogue: Catalogue;
let project: Project;

beforeAll(async () => {
  catalogue = await loadCatalogue();
  const before: Before = {
    areas: ['learning-platform', 'collaboration', 'assessment', 'identity-access'],
    standards: ['ss12000', 'lti-1.3'],
    users: [],
    classification: { confidentiality: 3, integrity: 2, availability: 2, personalData: true },
  };
  const base = { ...createProject({ id: 'p', title: 'Lärplattform', language: 'sv', now: '2026-01-01T00:00:00.000Z' }), before };
  project = applySuggestions(base, suggestRequirements(before, catalogue), catalogue, counter()).project;
});

const displayed = (p: Project) => assembleSpecification(p, catalogue).requirements.map((n) => n.requirement.uid);
const numberOf = (p: Project, uid: string) => assembleSpecification(p, catalogue).requirements.find((n) => n.requirement.uid === uid)?.number;

describe('moving a requirement within its displayed group', () => {
  it('swaps it with its visible neighbour every time, for every requirement of a real suggested specification', () => {
    const spec = assembleSpecification(project, catalogue);
    const order = displayed(project);
    const next = neighbours(spec);
    expect(order.length).toBeGreaterThan(30);
    let moves = 0;
    for (const uid of order) {
      const down = next.get(uid)?.next;
      if (!down) continue;
      const after = displayed(swapRequirements(project, uid, down));
      const i = order.indexOf(uid);
      const expected = [...order];
      [expected[i], expected[i + 1]] = [expected[i + 1]!, expected[i]!];
      expect(after).toEqual(expected);
      moves++;
    }
    expect(moves).toBeGreaterThan(10);
  });

  it('has no neighbour across an area or category boundary, so the buttons at a group end are disabled', () => {
    const spec = assembleSpecification(project, catalogue);
    const n = neighbours(spec);
    for (const section of spec.sections) {
      for (const { requirements } of section.categories) {
        expect(n.get(requirements[0]!.requirement.uid)?.prev).toBeUndefined();
        expect(n.get(requirements.at(-1)!.requirement.uid)?.next).toBeUndefined();
      }
    }
    expect(n.size).toBe(project.requirements.length);
  });

  it('leaves the project as it was for an unknown uid or a swap with itself', () => {
    expect(swapRequirements(project, project.requirements[0]!.uid, 'nope')).toBe(project);
    expect(swapRequirements(project, project.requirements[0]!.uid, project.requirements[0]!.uid)).toBe(project);
  });
});

describe('grouping a requirement under one of its areas', () => {
  const multiArea = () => {
    const chosen = new Set(project.before.areas);
    const spec = assembleSpecification(project, catalogue);
    for (const section of spec.sections) {
      for (const c of section.categories) {
        for (const n of c.requirements) {
          const other = n.requirement.areas.find((a) => a !== section.areaId && catalogue.areas.has(a) && !chosen.has(a));
          if (other) return { uid: n.requirement.uid, from: section.areaId, to: other };
        }
      }
    }
    throw new Error('the suggested specification has no requirement with a second area');
  };

  it('lists it under the chosen area and numbers it in that section', () => {
    const { uid, from, to } = multiArea();
    const grouped = setGroup(project, uid, to);
    const spec = assembleSpecification(grouped, catalogue);
    const section = spec.sections.find((s) => s.categories.some((c) => c.requirements.some((n) => n.requirement.uid === uid)))!;
    expect(section.areaId).toBe(to);
    expect(numberOf(grouped, uid)).toMatch(new RegExp(`^K-${section.index}\\.\\d+$`));
    expect(spec.sections.find((s) => s.areaId === from)?.categories.flatMap((c) => c.requirements).some((n) => n.requirement.uid === uid) ?? false).toBe(false);
    expect(grouped.requirements.find((r) => r.uid === uid)?.group).toBe(to);
  });

  it('goes back to the default area when the group is cleared', () => {
    const { uid } = multiArea();
    const cleared = setGroup(setGroup(project, uid, multiArea().to), uid, undefined);
    expect(displayed(cleared)).toEqual(displayed(project));
    expect('group' in cleared.requirements.find((r) => r.uid === uid)!).toBe(false);
  });

  it('ignores a group that is not one of the requirement areas, so a hand-edited file cannot misplace it', () => {
    const { uid } = multiArea();
    const elsewhere = [...catalogue.areas.keys()].find((a) => !assembleSpecification(project, catalogue).requirements.find((n) => n.requirement.uid === uid)!.requirement.areas.includes(a))!;
    const p = setGroup(project, uid, elsewhere);
    expect(displayed(p)).toEqual(displayed(project));
    expect(numberOf(p, uid)).toBe(numberOf(project, uid));
  });

  it('saves the group in the project file, and an old file without groups still reads', () => {
    const { uid, to } = multiArea();
    const text = JSON.stringify(toProjectFile(setGroup(project, uid, to), '2026-01-02T00:00:00.000Z'));
    const read = readFileOfKind(text, 'kravkit.project');
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value.project.requirements.find((r) => r.uid === uid)?.group).toBe(to);
    const old = readFileOfKind(readFileSync('tests/fixtures/files/project-v1.json', 'utf8'), 'kravkit.project');
    expect(old.ok).toBe(true);
  });
});
