import { z } from 'zod';
import { Event } from '../model/index.js';

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

export const StoredEvent = Event.extend({
  articleId: z.string(),
  published: z.string().nullable().describe("The article's publication time"),
  title: z.string().describe("The article's title"),
  url: z.string().nullable(),
  seq: z.number().int().describe("The store's number for the event"),
  inLead: z.boolean().describe('Whether the evidence is in the first paragraph'),
  sourceCountry: z.string().nullable(),
  targetCountry: z.string().nullable(),
  ingestedAt: z.string(),
});

export const SeriesPoint = z.object({
  period: z.string().describe('First day of the period (weeks start on Monday)'),
  quadClass: z.array(z.number().int()).length(4).describe('Events per QuadClass 1–4'),
  events: z.number().int(),
  goldstein: z.number().describe('Mean Goldstein score'),
  articles: z.number().int().describe('Articles the events come from'),
});

export const ActorSummary = z.object({
  id: z.string(),
  name: z.string(),
  type: z.string(),
  country: z.string().nullable(),
  code: z.string(),
  articles: z.number().int(),
  events: z.number().int(),
});

export const ActorRole = z.object({
  role: z.string().nullable(),
  agent: z.string().nullable(),
  code: z.string(),
  from: z.string().nullable().describe('First publication day it was seen'),
  to: z.string().nullable().describe('Last publication day it was seen'),
  articles: z.number().int(),
});

export const ActorLink = z.object({
  source: z.string().describe('Actor id, or actor code when no actor is known'),
  target: z.string(),
  sourceName: z.string(),
  targetName: z.string(),
  events: z.number().int(),
  goldstein: z.number(),
});
