/**
 * The contract as Kravkit reads it: blocks of text as the reader found them (paragraphs with their
 * page and whether they look like a heading), then clauses: the numbered or headed units a lawyer
 * would cite, each with its paragraphs.
 */
export interface ContractBlock {
  text: string;
  /** 1-based page, for PDFs. */
  page?: number;
  /** The reader knows it is a heading (a Word heading style, a Markdown `#`). */
  heading?: boolean;
}

export interface ContractDocument {
  name: string;
  format: 'docx' | 'pdf' | 'txt' | 'md' | 'paste';
  blocks: ContractBlock[];
  pages?: number;
}

export interface Clause {
  /** Stable within one document: c1, c2, … in document order. */
  id: string;
  /** The clause's own number as written: `7.1`, `§ 3`, `Clause 9`, `Bilaga 2`. */
  number?: string;
  /** Its own heading, or the heading of the section it stands in. */
  heading?: string;
  paragraphs: string[];
  page?: number;
  /** Index of the first block of the clause in the document. */
  block: number;
}

/** The text retrieval and value extraction read: heading first, then the paragraphs. */
export function clauseText(c: Clause): string {
  return [c.heading, ...c.paragraphs].filter((s): s is string => !!s).join('\n');
}
