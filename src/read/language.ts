import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

/** The language of a text by its letters (BCP 47), or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 2000), { minLength: 40 });
  return code === 'und' ? null : (iso6393To1[code] ?? code);
}
