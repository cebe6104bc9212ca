import { z } from 'zod';

/** A `[start, end)` range of UTF-16 code units in `article.text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;
