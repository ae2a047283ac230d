import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/domain/contract/check';
import { effectiveSummary } from '../../../src/domain/contract/report';
import { filterFindings, reviewFinding, reviewRisk, withCheckRun, withoutCheckRun, MAX_RUNS } from '../../../src/domain/contract/review';
import { valueMessage } from '../../../src/domain/contract/value-text';
import type { Project, ProjectFile } from '../../../src/domain/model';
import { contractRequirements, fixtureText, textDocument } from './fixtures';
import { readFileSync } from 'node:fs';

const project = (JSON.parse(readFileSync('tests/fixtures/contracts/contract-project.json', 'utf8')) as ProjectFile).project;
const run = checkContract(textDocument('sv-saas-villkor.txt', fixtureText('sv-saas-villkor.txt')), contractRequirements('sv'), { id: 'run1', createdAt: '2026-11-22T12:00:00.000Z', country: 'se' });

describe('reviewing a saved check', () => {
  it('saves runs in the project, keeping at most the schema limit, and removes them', () => {
    let p: Project = { ...project, checks: [] };
    for (let i = 0; i < MAX_RUNS + 5; i++) p = withCheckRun(p, { ...run, id: `r${i}` });
    expect(p.checks).toHaveLength(MAX_RUNS);
    expect(p.checks![0].id).toBe('r5');
    expect(withoutCheckRun(p, 'r5').checks).toHaveLength(MAX_RUNS - 1);
  });

  it('marks a finding reviewed, overrides its status with a note, and clears the override', () => {
    let p = withCheckRun({ ...project, checks: [] }, run);
    p = reviewFinding(p, 'run1', 'breach-notification', { reviewed: true, override: { status: 'conflict', note: 'Ingen tidsgräns' } });
    const f = p.checks![0].findings.find((x) => x.requirementUid === 'breach-notification')!;
    expect(f).toMatchObject({ status: 'partial', reviewed: true, override: { status: 'conflict', note: 'Ingen tidsgräns' } });
    expect(filterFindings(p.checks![0], { status: 'conflict' }).map((x) => x.requirementUid)).toContain('breach-notification');
    // The counts a report shows follow the override; the check's own summary stays as it was.
    expect(effectiveSummary(p.checks![0])).toEqual({ ...run.summary, partial: run.summary.partial - 1, conflict: run.summary.conflict + 1 });
    expect(p.checks![0].summary).toEqual(run.summary);
    p = reviewFinding(p, 'run1', 'breach-notification', { override: null });
    expect(p.checks![0].findings.find((x) => x.requirementUid === 'breach-notification')!.override).toBeUndefined();
    expect(run.findings.find((x) => x.requirementUid === 'breach-notification')!.reviewed).toBeUndefined();
  });

  it('lists conflicts before missing, partial and met, and filters by unreviewed and by words in the clause', () => {
    const order = filterFindings(run, {}).map((f) => f.status);
    expect(order.indexOf('conflict')).toBeLessThan(order.indexOf('missing'));
    expect(order.lastIndexOf('missing')).toBeLessThan(order.indexOf('partial'));
    expect(filterFindings(run, { query: 'arbetsdagar' }).map((f) => f.requirementUid)).toEqual(['response-time']);
    let p = withCheckRun({ ...project, checks: [] }, run);
    p = reviewFinding(p, 'run1', 'response-time', { reviewed: true });
    expect(filterFindings(p.checks![0], { unreviewedOnly: true }).some((f) => f.requirementUid === 'response-time')).toBe(false);
    p = reviewRisk(p, 'run1', 0, true);
    expect(p.checks![0].risks[0].reviewed).toBe(true);
  });
});

describe('saying values in words', () => {
  it('states notification deadlines in hours and longer periods in days or weeks', () => {
    expect(valueMessage({ kind: 'duration', amount: 72, unit: 'hours', text: '72 timmar' })).toEqual({ key: 'value.hours', args: { count: 72 } });
    expect(valueMessage({ kind: 'duration', amount: 720, unit: 'hours', text: 'trettio dagar' })).toEqual({ key: 'value.days', args: { count: 30 } });
    expect(valueMessage({ kind: 'duration', amount: 336, unit: 'hours', text: '2 veckor' })).toEqual({ key: 'value.weeks', args: { count: 2 } });
    // Price periods and log retention as contracts state them; deletion deadlines stay in days.
    expect(valueMessage({ kind: 'duration', amount: 24 * 30 * 24, unit: 'hours', text: '24 months' })).toEqual({ key: 'value.months', args: { count: 24 } });
    expect(valueMessage({ kind: 'duration', amount: 24 * 365, unit: 'hours', text: 'det første Skoleår' })).toEqual({ key: 'value.years', args: { count: 1 } });
    expect(valueMessage({ kind: 'duration', amount: 24 * 90, unit: 'hours', text: '90 dagar' })).toEqual({ key: 'value.days', args: { count: 90 } });
    expect(valueMessage({ kind: 'place', places: ['eu-eea'], text: 'eu-eea' })).toEqual({ key: 'place.eu-eea', args: {} });
  });
});

