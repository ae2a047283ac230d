import type { PoolScenario } from '../model';

export type School = NonNullable<PoolScenario['schools']>[number];

/**
 * Pupils per school as typed, one school a line: "name; pupils" (a tab or the last comma also
 * separates, so a column pasted from a spreadsheet works). Lines that do not parse are returned
 * by number rather than skipped.
 */
export function parseSchoolLines(text: string): { schools: School[]; badLines: number[] } {
  const schools: School[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^(.+?)\s*[;\t,]\s*(\d[\d\s\u00a0]*)$/.exec(line);
    const pupils = m ? Number(m[2].replace(/[\s\u00a0]/g, '')) : NaN;
    if (!m || !Number.isSafeInteger(pupils) || pupils > 10_000_000 || m[1].length > 200) badLines.push(i + 1);
    else schools.push({ name: m[1], pupils });
  });
  return { schools, badLines };
}

export function pupilsOf(schools: readonly School[]): number {
  return schools.reduce((s, x) => s + x.pupils, 0);
}
