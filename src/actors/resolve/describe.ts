import type { Actor, Mention } from '../../model/index.js';
import type { EntityResources } from '../../entities/context.js';
import { roleMeaningOfText } from '../../entities/peel.js';
import { parseCode } from '../kb/index.js';
import { parseId } from './ids.js';

/**
 * The actors the mentions point to, as they stood at the article's date: a knowledge-base actor with the role it
 * held then (or held when it died, or ELI for a former office holder); a generic actor from its code; a person
 * not in the knowledge base from the role words around their name.
 */
export function describeActors(res: EntityResources, mentions: readonly Mention[], date: string | null): Actor[] {
  const countries = new Set(res.kb.countries.keys());
  const out: Actor[] = [];
  const done = new Set<string>();
  for (const m of mentions) {
    const id = m.actorId;
    if (!id || done.has(id)) continue;
    done.add(id);
    const { kind, value } = parseId(id);
    if (kind === 'kb') {
      const actor = res.kb.actor(value);
      if (!actor) continue;
      const standing = date ? res.kb.standingAt(actor, date) : null;
      const country = standing?.country ?? actor.country;
      out.push({
        id,
        name: actor.name,
        type: actor.type,
        country,
        agent: standing?.agent ?? actor.agent,
        role: standing?.role ? res.kb.roleLabel(standing.role) : null,
        code: standing?.code ?? actor.code ?? country ?? '',
      });
    } else if (kind === 'code') {
      const { country, agent } = parseCode(value, countries);
      const named = mentions.find((x) => x.actorId === id && x.type !== 'PER')?.text ?? value;
      out.push({ id, name: named.replace(/^the\s+/i, ''), type: 'group', country, agent, role: null, code: value });
    } else {
      const own = mentions.filter((x) => x.actorId === id);
      const name = own.find((x) => x.type === 'PER')?.text ?? value;
      const roles = own.map((x) => x.role).filter((r): r is string => !!r);
      const meaning = roles.map((r) => roleMeaningOfText(res, r)).find((x) => x.country || x.agent) ?? { country: null, agent: null };
      const code = `${meaning.country ?? ''}${meaning.agent ?? ''}`;
      out.push({ id, name, type: 'person', country: meaning.country, agent: meaning.agent, role: roles[0] ?? null, code });
    }
  }
  return out;
}
