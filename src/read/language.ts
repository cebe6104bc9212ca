import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

// franc names some languages by an individual code that ISO 639-1 knows only through its macrolanguage.
const MACROLANGUAGE: Record<string, string> = {
  arb: 'ar', cmn: 'zh', pes: 'fa', zlm: 'ms', uzn: 'uz', azj: 'az', ekk: 'et', lvs: 'lv', khk: 'mn', npi: 'ne', swh: 'sw', ydd: 'yi',
};

/** The language of a text by its letters (BCP 47), or null when the text is too short to tell. */
export function detectLanguage(text: string): string | null {
  const code = franc(text.slice(0, 2000), { minLength: 40 });
  return code === 'und' ? null : (iso6393To1[code] ?? MACROLANGUAGE[code] ?? code);
}
