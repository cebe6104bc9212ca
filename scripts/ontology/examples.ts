// The CAMEO manual's example sentences as the ICEWS table carries them (MIT), one per code, for eval/gold.
import type { IcewsRow } from './cameo.js';

export interface CameoExample {
  code: string;
  root: string;
  sentence: string;
  /** The manual's coding note on the example ("Two reciprocal events are coded…"), when there is one. */
  note: string | null;
}

export function cameoExamples(rows: IcewsRow[]): CameoExample[] {
  return rows
    .filter((r) => r.example)
    .map((r) => {
      // The table appends the manual's note to the sentence: "… said. Note: Two events are coded …".
      const [sentence, ...note] = r.example!.split(/\s*\bNote:\s*/);
      const text = note.join(' ').replace(/^Note that\s+/, '').trim();
      return { code: r.code, root: r.root, sentence: sentence!.trim(), note: text ? text.charAt(0).toUpperCase() + text.slice(1) : null };
    });
}
