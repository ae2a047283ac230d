import type { Evidence } from '../../../domain/model';

/** The clause as text with the matched words marked; never HTML from the document. */
export function ClauseExcerpt({ evidence }: { evidence: Evidence }) {
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of evidence.highlights) {
    if (start < at || end > evidence.excerpt.length) continue;
    if (start > at) parts.push({ text: evidence.excerpt.slice(at, start), mark: false });
    parts.push({ text: evidence.excerpt.slice(start, end), mark: true });
    at = end;
  }
  if (at < evidence.excerpt.length) parts.push({ text: evidence.excerpt.slice(at), mark: false });
  return <p className="clause-excerpt">{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>;
}
