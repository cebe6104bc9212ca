// Reading and writing IOB2 token files: the Universal NER layout (index, token, tag, …, with # comments
// and # newdoc lines) and the CoNLL-2003 layout (token first, tag last, -DOCSTART- lines).

export interface IobSentence {
  words: string[];
  /** IOB2 tags as given ("O" for files without tags). */
  tags: string[];
  /** Index of the document the sentence belongs to, counting from 0. */
  doc: number;
  /** The `# sent_id` comment of the UNER layout, when there is one. */
  id?: string;
}

/** Parses an IOB file of either layout; a line whose first field is a number is taken as the UNER layout. */
export function parseIob(text: string): IobSentence[] {
  const out: IobSentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  let docHasSentences = false;
  let id: string | undefined;
  const flush = () => {
    if (words.length) {
      out.push(id === undefined ? { words, tags, doc } : { words, tags, doc, id });
      docHasSentences = true;
    }
    words = [];
    tags = [];
    id = undefined;
  };
  const newDoc = () => {
    flush();
    if (docHasSentences) doc++;
    docHasSentences = false;
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (line.startsWith('# newdoc')) {
      newDoc();
      continue;
    }
    if (line.startsWith('#') && !/^#\t/.test(line) && words.length === 0) {
      const sentId = /^# sent_id = (.+)$/.exec(line);
      if (sentId) id = sentId[1]!.trim();
      continue;
    }
    const fields = line.includes('\t') ? line.split('\t') : line.trim().split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      newDoc();
      continue;
    }
    if (/^\d+$/.test(fields[0]!) && fields.length >= 3) {
      words.push(fields[1]!);
      tags.push(normaliseTag(fields[2]!));
    } else {
      words.push(fields[0]!);
      tags.push(fields.length > 1 ? normaliseTag(fields[fields.length - 1]!) : 'O');
    }
  }
  flush();
  return out;
}

/** IOB1 and bare tags read as IOB2 later (see toSpans); unknown labels stay as given. */
function normaliseTag(tag: string): string {
  return tag === '-' || tag === '_' ? 'O' : tag;
}

export interface TagSpan {
  start: number;
  /** Exclusive. */
  end: number;
  type: string;
}

/** Entity spans of an IOB tag sequence; an I- tag after O or another type starts a span (conlleval's reading). */
export function toSpans(tags: readonly string[]): TagSpan[] {
  const spans: TagSpan[] = [];
  let open: TagSpan | null = null;
  tags.forEach((tag, i) => {
    const prefix = tag[0];
    const type = tag.slice(2);
    if (tag === 'O' || (prefix !== 'B' && prefix !== 'I')) {
      open = null;
      return;
    }
    if (prefix === 'B' || !open || open.type !== type) {
      open = { start: i, end: i + 1, type };
      spans.push(open);
    } else open.end = i + 1;
  });
  return spans;
}

/** IOB2 tags for spans over `length` tokens. */
export function toIob2(spans: readonly TagSpan[], length: number): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const s of spans) for (let i = s.start; i < s.end; i++) tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return tags;
}
