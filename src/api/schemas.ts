import { z } from 'zod';

// What the API's requests and responses look like; the OpenAPI description is generated from these.

export const Limit = z.coerce.number().int().min(1).max(200).optional().describe('Items per page (1–200, default 20)');
export const Cursor = z.string().min(1).optional().describe('The `next` value of the previous page');

export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  lead: z.string().describe('The first words of the text'),
});

export const SearchHit = ArticleSummary.extend({
  snippet: z.string().describe('Plain text around the matches'),
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).describe('Spans of the matched words in `snippet`'),
});

export const ApiError = z.object({ error: z.string() });
