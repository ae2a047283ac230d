import Papa from 'papaparse';
import type { UsageRecord } from '../../domain/pool/usage-import';

export interface UsageTable {
  header: string[];
  records: UsageRecord[];
  /** Lines the CSV parser itself could not make sense of (e.g. an unclosed quote). */
  parseErrors: { line: number; message: string }[];
}

/**
 * Reads a usage CSV into a header and records, each with the line it starts on, so that every
 * bad row can be reported by line. The delimiter (comma, semicolon, tab) is detected; a BOM is
 * dropped; blank lines are skipped. Quoted fields may span lines.
 */
export function readUsageCsv(text: string): UsageTable {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: UsageRecord[] = [];
  const parseErrors: { line: number; message: string }[] = [];
  // A record's line is one more than the newlines before where it starts (the previous cursor).
  let line = 1;
  let counted = 0;
  let start = 0;
  Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      for (; counted < start; counted++) if (source.charCodeAt(counted) === 10) line++;
      const startLine = line;
      start = result.meta.cursor;
      for (const e of result.errors) parseErrors.push({ line: startLine, message: e.message });
      const cells = result.data.map((c) => c.replace(/\r$/, ''));
      if (cells.length === 1 && cells[0].trim() === '') return;
      rows.push({ line: startLine, cells });
    },
  });
  const [first, ...records] = rows;
  return { header: first?.cells.map((h) => h.trim()) ?? [], records, parseErrors };
}
