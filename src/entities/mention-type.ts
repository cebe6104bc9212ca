import type { Mention } from '../model/index.js';

export type MentionType = Mention['type'];
