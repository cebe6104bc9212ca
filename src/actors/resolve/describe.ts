import type { Actor, Mention } from '../../model/index.js';
import type { EntityResources } from '../../entities/context.js';
import { roleMeaningOfText } from '../../entities/peel.js';
import { isStateAgent, parseCode } from '../kb/index.js';
import { homeCountry } from './context-countries.js';
import { parseId } from './ids.js';

/**
 * The actors the mentions point to, as they stood at the article's date: a knowledge-base actor with the role it
 * held then (or held when it died, or ELI for a former office holder); a generic actor from its code; a person
 * not in the knowledge base from the role words around their name.
 */
export function describeActors(res: EntityResources, mentions: readonly Mention[], date: string | null, text = ''): Actor[] {
  const countries = new Set(res.kb.countries.keys());
  // The countries the article names, which settle a role's body named in several ("Labour Party leader").
  const countryMentions = mentions.flatMap((m) => (m.actorId && /^[a-z]{3}$/.test(m.actorId) && countries.has(m.actorId.toUpperCase()) ? [m.actorId.toUpperCase()] : []));
  const named = [...new Set(countryMentions)];
  const home = homeCountry(countryMentions.map((country) => ({ country })));
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
      const stated = actor.type === 'person' && standing && (standing.basis === 'former' || standing.basis === 'none') ? statedOffice(res, mentions, id, country, text, named) : null;
      if (stated) {
        // The article is newer than the knowledge base: "energy minister Yuval Steinitz" in 2019 holds an office
        // the knowledge base ends in 2011.
        out.push({ id, name: actor.name, type: actor.type, country, agent: stated.agent, role: stated.role, code: `${country ?? ''}${stated.agent}` });
        continue;
      }
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
      // The title printed with the name first ("Judge Joan Donoghue"), then descriptions in apposition ("The court's
      // president"), which decide only by the body they name.
      const ordered = [...own.filter((x) => x.type === 'PER'), ...own.filter((x) => x.type !== 'PER')];
      const meanings = ordered.flatMap((x) => (x.role ? [{ ...roleMeaningOfText(res, x.role, named), served: bodyServed(res, mentions, x, text) }] : []));
      // The body a role names as its possessor first ("The court's president", the court being the ICJ).
      const served = meanings.find((x) => x.served)?.served ?? null;
      const meaning = meanings.find((x) => x.country || x.agent) ?? { country: null, agent: null, body: null };
      // "Prime Minister Oleksiy Honcharuk" in a story plainly about Ukraine: a state office the text gives no
      // country serves the article's own, as its generic actors ("police", "lawmakers") do.
      const country = served ? served.country : (meaning.country ?? (meaning.agent ? sharedNationality(res, mentions, own, text, named) : null) ?? (isStateAgent(meaning.agent) ? home : null));
      // An official of a body the knowledge base knows is coded as that body, as CAMEO codes an organisation's people
      // ("the World Health Organization's emergencies chief" IGOUNOHLHWHO, not IGO).
      const code = served?.code ?? meaning.body ?? `${country ?? ''}${meaning.agent ?? ''}`;
      out.push({ id, name, type: 'person', country, agent: served ? served.agent : meaning.agent, role: roles[0] ?? null, code });
    }
  }
  return out;
}

/**
 * "Cypriot president Nicos Anastasiades and energy minister Georgios Lakkotrypis": a role printed right after "and"
 * and a person whose role names a country is of that country, the nationality word written once for both.
 */
function sharedNationality(res: EntityResources, mentions: readonly Mention[], own: readonly Mention[], text: string, named: readonly string[]): string | null {
  for (const x of own) {
    if (x.type !== 'PER' || !x.role) continue;
    const roleStart = x.start - x.role.length - 1;
    if (roleStart < 0 || text.slice(roleStart, x.start - 1) !== x.role || text.slice(roleStart - 5, roleStart) !== ' and ') continue;
    const before = mentions.find((p) => p.type === 'PER' && p.role && p.end === roleStart - 5 && p.actorId !== x.actorId);
    const country = before ? roleMeaningOfText(res, before.role!, named).country : null;
    if (country) return country;
  }
  return null;
}

/**
 * The code of the organisation a role in apposition names as its possessor, by the mention there and so by its
 * chain: "The court's president, Judge Joan Donoghue" after "the International Court of Justice" serves the ICJ.
 */
function bodyServed(res: EntityResources, mentions: readonly Mention[], m: Mention, text: string): { code: string; country: string | null; agent: string | null } | null {
  // A description in apposition carries its whole phrase as its role, ending where the mention does.
  const from = m.end - m.role!.length;
  if (from < 0 || text.slice(from, m.end) !== m.role) return null;
  for (const x of mentions) {
    if (x.start < from || x.end > m.start || !x.actorId) continue;
    const { kind, value } = parseId(x.actorId);
    const actor = kind === 'kb' ? res.kb.actor(value) : null;
    if (actor && actor.type !== 'person' && actor.type !== 'country' && actor.code) return { code: actor.code, country: actor.country, agent: actor.agent };
  }
  return null;
}

/**
 * An office the article gives a person in the words around the name ("energy minister Yuval Steinitz"): its agent,
 * when the words hold a title or name a force, court or legislature ("Hunter" in "Hunter Biden", "States" in
 * "United States", neither), name no other country and no past office ("former", "ex-", "late"), and make an
 * office, not a civilian.
 */
function statedOffice(res: EntityResources, mentions: readonly Mention[], id: string, country: string | null, text: string, named: readonly string[]): { agent: string; role: string } | null {
  for (const m of mentions) {
    // The words before the role count too: "the late President Jacques Chirac", "ousted president Omar al-Bashir".
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    if (m.actorId !== id || !m.role || PAST_OFFICE.test(m.role) || PAST_OFFICE.test(before.split(/[.,;:]/).at(-1) ?? '')) continue;
    const meaning = roleMeaningOfText(res, m.role, named);
    const titled = m.role.split(/\s+/).some((w) => res.titles.has(w.toLowerCase())) || /^(?:MIL|COP|JUD|SPY|LEG)$/.test(meaning.agent ?? '');
    if (titled && meaning.agent && meaning.agent !== 'ELI' && meaning.agent !== 'CVL' && (!meaning.country || meaning.country === country)) return { agent: meaning.agent, role: m.role };
  }
  return null;
}

const PAST_OFFICE = /\b(?:former|ex|late|then|retired|outgoing|ousted|deposed|toppled|overthrown|exiled|jailed|disgraced|slain|assassinated)\b/i;
