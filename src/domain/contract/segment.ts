import type { Clause, ContractBlock } from './clause';

/**
 * Text → clauses. A clause starts at a numbered line (`7.`, `7.1`, `§ 3`, `Clause 9`, `Artikel 4`,
 * `Bilaga 2`, `Bilag A`, `Annex I`) or at a heading; its paragraphs run to the next start.
 * A sub-clause without a heading of its own inherits its section's, so `9.2` under
 * "9. Personal data breaches" is read with that heading; so does each paragraph of a section
 * written in unnumbered prose.
 */

const KEYWORD_NUMBER =
  /^(§\s*\d+[a-z]?|(?:clause|section|article|artikel|punkt|afsnit|klausul|bestemmelse|avsnitt|paragraph|paragraf)\s+\d+(?:\.\d+)*[a-z]?|(?:bilaga|bilag|annex|appendix|schedule|appendiks|underbilaga)\s+(?:[0-9]+|[IVX]+|[A-Z])(?:\.\d+)?)(?:[.:)–—-]\s*|\s+|$)/iu;
const DECIMAL_NUMBER = /^(\d{1,3}(?:\.\d{1,2}){0,3})(\.|\))?\s+(?=\S)/u;

export interface ClauseStart {
  number?: string;
  rest: string;
}

/** Is this line the start of a clause, and with which number? */
export function clauseStart(line: string): ClauseStart | undefined {
  const t = line.trim();
  const k = KEYWORD_NUMBER.exec(t);
  if (k) return { number: k[1].replace(/\s+/g, ' ').trim(), rest: t.slice(k[0].length).trim() };
  const d = DECIMAL_NUMBER.exec(t);
  if (!d) return undefined;
  const rest = t.slice(d[0].length);
  // "30 dagar efter…" is a sentence, not clause 30: a bare number needs a dot, a bracket or a sub-number,
  // and what follows must start like a heading or a sentence (a capital letter).
  if (!d[1].includes('.') && !d[2]) return undefined;
  if (!/^[\p{Lu}"'„“(]/u.test(rest)) return undefined;
  return { number: d[1], rest };
}

/** Short, without a closing full stop: a heading rather than a sentence. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 90) return false;
  if (/[.;:,]$/.test(t)) return false;
  if (!/^[\p{Lu}\d§]/u.test(t)) return false;
  return t.split(/\s+/).length <= 10;
}

function depth(number: string | undefined): number {
  if (!number) return 0;
  const m = /^\d+(?:\.\d+)*$/.exec(number);
  return m ? number.split('.').length : 1;
}

export function segmentClauses(blocks: readonly ContractBlock[]): Clause[] {
  const clauses: Clause[] = [];
  // Headings of the sections we are inside, by depth, so sub-clauses can inherit them.
  const sectionHeadings: (string | undefined)[] = [];
  let current: Clause | undefined;
  const open = (c: Omit<Clause, 'id'>) => {
    current = { id: `c${clauses.length + 1}`, ...c };
    clauses.push(current);
  };
  blocks.forEach((block, i) => {
    // A block may hold several lines (a PDF paragraph, a pasted text): each line can start a clause.
    const lines = block.text.split(/\n/).map((l) => l.trim()).filter(Boolean);
    for (const line of lines) {
      const start = clauseStart(line);
      if (start) {
        const d = depth(start.number);
        const headingLike = start.rest === '' || looksLikeHeading(start.rest);
        if (headingLike) {
          sectionHeadings.length = d;
          sectionHeadings[d - 1] = start.rest || undefined;
          open({ number: start.number, heading: start.rest || undefined, paragraphs: [], page: block.page, block: i });
        } else {
          sectionHeadings.length = Math.max(0, d - 1);
          const inherited = [...sectionHeadings].reverse().find((h) => h);
          open({ number: start.number, heading: inherited, paragraphs: [start.rest], page: block.page, block: i });
        }
        continue;
      }
      if ((block.heading || looksLikeHeading(line)) && (!current || current.paragraphs.length > 0 || !current.heading)) {
        if (block.heading || !current || current.paragraphs.length > 0) {
          sectionHeadings.length = 1;
          sectionHeadings[0] = line;
          open({ heading: line, paragraphs: [], page: block.page, block: i });
          continue;
        }
      }
      // A section drafted in prose ("Behandling af personoplysninger" and fifteen paragraphs under it)
      // is cited by its paragraphs: each one that begins a new sentence after a finished one is a
      // clause of its own under the section's heading. Lists and hard-wrapped lines stay together.
      if (current && current.number === undefined && current.paragraphs.length > 0 && /[.!?]["”»)]?$/u.test(current.paragraphs[current.paragraphs.length - 1]) && /^[\p{Lu}"„“«]/u.test(line)) {
        open({ heading: current.heading, paragraphs: [line], page: block.page, block: i });
        continue;
      }
      if (!current) open({ paragraphs: [], page: block.page, block: i });
      current!.paragraphs.push(line);
    }
  });
  return clauses;
}
