import { readFileSync } from 'node:fs';
import { InputError } from '../read/index.js';

/** The text of a file, or of standard input for `-`; a file that cannot be read is an InputError naming it. */
export function readTextInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new InputError(file, `Cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** The spans of the blocks of a text between blank lines, as the language tools read text input. */
export function blankLineParagraphs(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(/\S(?:[^\n]|\n(?![ \t]*\n))*/g)].map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }));
}
