import type { Language, LocalizedText } from '../model';

/** Falls back to English, then any language, so a partial user pack still shows something. */
export function localized(text: LocalizedText | undefined, lang: Language): string {
  if (!text) return '';
  return text[lang] ?? text.en ?? text.sv ?? text.da ?? '';
}
