import type { Language } from '../model';
import { tokenize } from './normalise';

// Words every requirement uses: they say nothing about which clause fulfils it.
const COMMON = new Set(
  'leverantören leverantör leverandøren leverandør supplier supplier’s tjänsten tjänst tjenesten service services ska skall skal shall must should kunna kunne able minst mindst least samtliga alle all alla eller eller och og and the den det detta dette this that som with med inom inden within under efter after före before genom gennem through vara være være have har ha sådan such enligt ifølge according kommunen kommune municipality skolan skolen school köparen köberen kunden customer buyer varje hver every each också også also'
    .split(' '),
);

/** The content words of a free-text requirement, used as its evidence terms. */
export function salientTerms(text: string, lang: Language): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tokenize(text, lang)) {
    if (t.word.length < 5 || COMMON.has(t.word) || /^\d+$/.test(t.word) || seen.has(t.stem)) continue;
    seen.add(t.stem);
    out.push(t.word);
  }
  return out.slice(0, 12);
}
