import { cameoNames, countryNames } from 'virtual:labels';
import type { Event } from './api.js';

export const QUAD_CLASSES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;

export function cameoName(code: string): string {
  return cameoNames[code] ?? code;
}

export function countryName(code: string | null): string {
  return code ? (countryNames[code] ?? code) : '?';
}

export function dyadName(a: string, b: string): string {
  return `${countryName(a)}–${countryName(b)}`;
}

/** "IRNGOV → IRQGOV", with the words of the text when they differ from the code. */
export function sides(e: Event): string {
  const side = (s: Event['source']) => (s.text && s.text !== s.code ? `${s.text} (${s.code})` : s.code);
  return `${side(e.source)} → ${side(e.target)}`;
}

export function day(iso: string | null): string {
  return iso ? iso.slice(0, 16).replace('T', ' ') : '';
}
