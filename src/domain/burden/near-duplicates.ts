/**
 * Near-duplicate requirement texts: token-set Jaccard similarity over normalised text, with the
 * AllPairs prefix filter (Bayardo et al. 2007) so 1,000 requirements compare in milliseconds
 * instead of checking all half-million pairs.
 */

/** Two texts sharing this share of their distinct words read as the same requirement twice. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

export interface TextItem {
  id: string;
  text: string;
}

export interface SimilarPair {
  a: string;
  b: string;
  similarity: number;
}

/** Lowercased words of two letters or more; diacritics kept (å ≠ a in the Nordic languages). */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2);
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

interface Doc {
  id: string;
  /** Token ids ordered rarest first (the global order the prefix filter needs). */
  tokens: Int32Array;
  order: number;
}

/** Pairs of items whose texts are at least `threshold` similar, in input order. */
export function nearDuplicatePairs(items: readonly TextItem[], threshold = NEAR_DUPLICATE_THRESHOLD): SimilarPair[] {
  const vocab = new Map<string, number>();
  const freq: number[] = [];
  const sets = items.map((item) => {
    const ids = new Set<number>();
    for (const w of wordsOf(item.text)) {
      let id = vocab.get(w);
      if (id === undefined) {
        id = vocab.size;
        vocab.set(w, id);
        freq.push(0);
      }
      ids.add(id);
    }
    for (const id of ids) freq[id] = (freq[id] ?? 0) + 1;
    return ids;
  });
  const rarer = (x: number, y: number) => (freq[x] ?? 0) - (freq[y] ?? 0) || x - y;
  const docs: Doc[] = items.map((item, order) => ({
    id: item.id,
    tokens: Int32Array.from([...(sets[order] ?? [])].sort(rarer)),
    order,
  }));
  const bySize = docs.filter((d) => d.tokens.length > 0).sort((x, y) => x.tokens.length - y.tokens.length || x.order - y.order);

  const index = new Map<number, Doc[]>();
  const seenBy = new Int32Array(docs.length).fill(-1);
  const pairs: SimilarPair[] = [];
  for (const doc of bySize) {
    const size = doc.tokens.length;
    const minSize = Math.ceil(threshold * size);
    const prefix = size - minSize + 1;
    for (let p = 0; p < prefix; p++) {
      const token = doc.tokens[p] as number;
      for (const other of index.get(token) ?? []) {
        if (seenBy[other.order] === doc.order || other.tokens.length < minSize) continue;
        seenBy[other.order] = doc.order;
        const similarity = sortedJaccard(doc.tokens, other.tokens, rarer);
        if (similarity >= threshold) {
          const [a, b] = other.order < doc.order ? [other, doc] : [doc, other];
          pairs.push({ a: a.id, b: b.id, similarity });
        }
      }
    }
    for (let p = 0; p < prefix; p++) {
      const token = doc.tokens[p] as number;
      const list = index.get(token);
      if (list) list.push(doc);
      else index.set(token, [doc]);
    }
  }
  const orderOf = new Map(docs.map((d) => [d.id, d.order]));
  return pairs.sort((x, y) => (orderOf.get(x.a) ?? 0) - (orderOf.get(y.a) ?? 0) || (orderOf.get(x.b) ?? 0) - (orderOf.get(y.b) ?? 0));
}

function sortedJaccard(x: Int32Array, y: Int32Array, cmp: (a: number, b: number) => number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const c = cmp(x[i] as number, y[j] as number);
    if (c === 0) {
      shared++;
      i++;
      j++;
    } else if (c < 0) i++;
    else j++;
  }
  return shared / (x.length + y.length - shared);
}
