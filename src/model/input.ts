import { z } from 'zod';

/** Facts about an input given by the caller rather than read from it. */
export const Hints = z.object({
  externalId: z.string().optional(),
  title: z.string().optional(),
  published: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
});
export type Hints = z.infer<typeof Hints>;

/** One line of `dyad code --input jsonl` (OUTPUT.md); extra fields are ignored. */
export const JsonlArticle = z
  .object({
    id: z.union([z.string(), z.number()]).transform(String),
    text: z.string().optional(),
    html: z.string().optional(),
    published: z.string().optional(),
    title: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
  })
  .refine((line) => line.text !== undefined || line.html !== undefined, { message: 'needs "text" or "html"' });
export type JsonlArticle = z.infer<typeof JsonlArticle>;
