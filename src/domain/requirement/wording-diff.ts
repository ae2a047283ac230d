import { diffWords } from 'diff';

export interface WordingChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** How a local wording differs from the template's, word by word, to show the edit as a difference. */
export function wordingDiff(templateText: string, localText: string): WordingChange[] {
  return diffWords(templateText, localText).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}
