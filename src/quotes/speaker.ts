import type { Doc, Mention, Span } from '../model/index.js';
import { isNamed, isPronoun, type Phrase } from './phrase.js';
import type { TokenView } from './sentence.js';

/** A capitalised name right after a title: " Fuad Hussein". */
const NAME_AFTER = /^\s+((?:\p{Lu}[\p{L}’'-]+\s?){1,4})/u;

export interface Speaker {
  /** The words of the clause that name the speaker ("he", "The president"). */
  span: Span;
  /** Who that is: the actor's name through the coreference chain, else a name seen earlier, else the words. */
  text: string;
  actorId: string | null;
}

/**
 * Resolves speakers through the entities layer: the mention under the clause's words, then its coreference chain
 * to a mention with an actor ("he added" → Rouhani). Without mentions (or chains), a pronoun or a description
 * ("the president") is taken to mean the last speaker named by a proper name, the usual thread of a news story.
 */
export class SpeakerResolver {
  private lastNamed: Speaker | null = null;
  private lower: string | undefined;
  private readonly byChain = new Map<number, Mention[]>();

  constructor(
    private readonly view: TokenView,
    private readonly doc: Readonly<Doc>,
  ) {
    for (const m of doc.mentions) {
      if (m.chain === null) continue;
      const list = this.byChain.get(m.chain);
      if (list) list.push(m);
      else this.byChain.set(m.chain, [m]);
    }
  }

  resolve(p: Phrase): Speaker {
    const view = this.view;
    const span = { start: view.tokens[p.first]!.start, end: view.tokens[p.last]!.end };
    const words = view.text.slice(span.start, span.end);
    const mention = this.mentionIn(span);
    if (mention) {
      const named = this.named(mention);
      const actorId = named?.actorId ?? mention.actorId;
      const actor = actorId ? this.doc.actors.find((x) => x.id === actorId) : undefined;
      const speaker = { span, text: actor?.name ?? named?.text ?? words, actorId };
      if (named || isNamed(view, p)) this.lastNamed = speaker;
      if (speaker.actorId || named) return speaker;
    }
    if (isNamed(view, p)) {
      this.lastNamed = { span, text: words, actorId: mention?.actorId ?? null };
      return this.lastNamed;
    }
    if (!isPronoun(view, p)) {
      const titled = this.titledName(p);
      if (titled) {
        this.lastNamed = { span, text: titled, actorId: null };
        return this.lastNamed;
      }
    }
    if (this.lastNamed) return { span, text: this.lastNamed.text, actorId: this.lastNamed.actorId };
    return { span, text: words, actorId: null };
  }

  /** Notes the subject of a sentence, so that a later "he" can mean it. */
  see(p: Phrase): void {
    const span = { start: this.view.tokens[p.first]!.start, end: this.view.tokens[p.last]!.end };
    // A named subject is followed only when the entities stage says it is a person: "Iran supports …" is no speaker.
    // Without mentions, a name of two words or more ("Hassan Rouhani") is taken for a person, one word ("Iran") not.
    if (isNamed(this.view, p)) {
      const mention = this.mentionIn(span);
      if (mention ? mention.type === 'PER' : properWords(this.view, p) >= 2) this.resolve(p);
    }
    else if (!isPronoun(this.view, p)) {
      const titled = this.titledName(p);
      if (titled) this.lastNamed = { span: { start: this.view.tokens[p.first]!.start, end: this.view.tokens[p.last]!.end }, text: titled, actorId: null };
    }
  }

  /**
   * A description resolved by the title it repeats: "the Iraqi foreign minister" is the name that earlier followed
   * "Iraqi Foreign Minister", "the president" the one that followed "President".
   */
  private titledName(p: Phrase): string | null {
    const view = this.view;
    let first = p.first;
    while (first <= p.last && (view.upos(first) === 'DET' || view.lower(first) === 'top')) first++;
    if (first > p.last) return null;
    const title = view.text.slice(view.tokens[first]!.start, view.tokens[p.last]!.end).toLowerCase();
    const limit = view.tokens[p.first]!.start;
    this.lower ??= view.text.toLowerCase();
    let found: string | null = null;
    for (let at = this.lower.indexOf(title); at >= 0 && at < limit; at = this.lower.indexOf(title, at + 1)) {
      const name = NAME_AFTER.exec(view.text.slice(at + title.length, Math.min(limit, at + title.length + 80)));
      if (name) found = name[1]!.trim();
    }
    return found;
  }

  /** Remembers a speaker named elsewhere (a quote's speaker carried over). */
  remember(s: Speaker): void {
    if (s.actorId || s.text) this.lastNamed = s;
  }

  private mentionIn(span: Span): Mention | null {
    let best: Mention | null = null;
    for (const m of this.doc.mentions) {
      if (m.start >= span.end || m.end <= span.start || m.type === 'NORP') continue;
      if (!best || (m.actorId && !best.actorId) || m.end - m.start > best.end - best.start) best = m;
    }
    return best;
  }

  /** The mention of the chain that names the speaker: the first with an actor, else the first proper name. */
  private named(m: Mention): Mention | null {
    if (m.actorId && m.type !== 'ROLE') return m;
    const chain = m.chain === null ? [] : this.byChain.get(m.chain) ?? [];
    return chain.find((c) => c.actorId) ?? chain.find((c) => c.type === 'PER' || c.type === 'ORG') ?? null;
  }
}

function properWords(view: TokenView, p: Phrase): number {
  let n = 0;
  for (let i = p.first; i <= p.last; i++) if (view.upos(i) === 'PROPN') n++;
  return n;
}
