import { describe, expect, it } from 'vitest';
import { Event } from '../../model/index.js';
import { loadOntology } from './load.js';

const ontology = loadOntology();

describe('CAMEO codes', () => {
  it('knows 111 as criticize or denounce: Goldstein -2, verbal conflict, PLOVER ACCUSE disapprove', () => {
    const c = ontology.cameo('111')!;
    expect(c.name).toBe('Criticize or denounce');
    expect(c.goldstein).toBe(-2);
    expect(c.quadClass).toBe(3);
    expect(c.root).toBe('11');
    expect(c.parent).toBe('11');
    expect(c.plover).toEqual({ type: 'ACCUSE', mode: 'disapprove', contexts: [] });
  });

  it('knows 040 as consult, verbal cooperation, PLOVER CONSULT', () => {
    const c = ontology.cameo('040')!;
    expect(c.name).toBe('Consult');
    expect(c.goldstein).toBe(1);
    expect(c.quadClass).toBe(1);
    expect(c.plover.type).toBe('CONSULT');
  });

  it('codes a visit (042) as CONSULT visit and a telephone call (041) as CONSULT phone', () => {
    expect(ontology.cameo('042')!.plover.mode).toBe('visit');
    expect(ontology.cameo('041')!.plover.mode).toBe('phone');
  });

  it('puts conventional military force (190) in material conflict at -10', () => {
    const c = ontology.cameo('190')!;
    expect(c.quadClass).toBe(4);
    expect(c.goldstein).toBe(-10);
    expect(c.plover.type).toBe('ASSAULT');
  });

  it('has all 20 roots with their QuadClass', () => {
    const roots = ontology.roots();
    expect(roots.map((r) => r.code)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')));
    const quad = (r: number) => (r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
    for (const c of ontology.codes()) expect(c.quadClass, c.code).toBe(quad(Number(c.root)));
  });

  it('gives every code a name, a Goldstein score, a QuadClass, a parent that exists and a PLOVER mapping', () => {
    const codes = ontology.codes();
    expect(codes.length).toBeGreaterThanOrEqual(310);
    for (const c of codes) {
      expect(c.name, c.code).not.toBe('');
      expect(Number.isFinite(c.goldstein), c.code).toBe(true);
      expect([1, 2, 3, 4], c.code).toContain(c.quadClass);
      if (c.parent) expect(ontology.isCameo(c.parent), c.code).toBe(true);
      // PLOVER drops public statements (01x): those alone have no type.
      if (c.root === '01') expect(c.plover.type, c.code).toBeNull();
      else expect(ontology.ploverType(c.plover.type!), c.code).not.toBeNull();
    }
  });

  it('maps only to PLOVER modes of the right type and to PLOVER contexts', () => {
    const contexts = new Set(ontology.ploverContexts().map((c) => c.name));
    for (const c of ontology.codes()) {
      if (c.plover.mode) expect(ontology.ploverType(c.plover.type!)!.modes.map((m) => m.name), c.code).toContain(c.plover.mode);
      for (const x of c.plover.contexts) expect(contexts.has(x), `${c.code} ${x}`).toBe(true);
    }
  });

  it('maps an appeal like the matching demand (0211 like 1011)', () => {
    expect(ontology.cameo('0211')!.plover).toEqual(ontology.cameo('1011')!.plover);
    expect(ontology.cameo('0211')!.mapping.how).toBe('appeal-as-request');
  });

  it('validates codes: 043 and 1214 are codes, 43, 999, 1883 and " 04" are not', () => {
    expect(ontology.isCameo('043')).toBe(true);
    expect(ontology.isCameo('1214')).toBe(true);
    for (const bad of ['43', '999', '1883', ' 04', '']) expect(ontology.isCameo(bad), bad).toBe(false);
    expect(ontology.cameo('999')).toBeNull();
  });

  it('lists the children of a code', () => {
    expect(ontology.children('04').map((c) => c.code)).toEqual(['040', '041', '042', '043', '044', '045', '046']);
  });

  it('gives the fields an event needs, in the shape of the Event model', () => {
    const coding = ontology.eventCoding('112')!;
    expect(coding).toEqual({ cameo: '112', cameoRoot: '11', plover: { type: 'ACCUSE', mode: 'disapprove' }, goldstein: -2, quadClass: 3 });
    expect(Event.pick({ cameo: true, cameoRoot: true, plover: true, goldstein: true, quadClass: true }).parse(coding)).toEqual(coding);
    expect(ontology.eventCoding('010')!.plover).toEqual({ type: null, mode: null });
    expect(ontology.eventCoding('000')).toBeNull();
  });
});

describe('PLOVER', () => {
  it('has its 16 event types with QuadClass and modes', () => {
    expect(ontology.ploverTypes().map((t) => t.name)).toEqual([
      'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
      'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
    ]);
    expect(ontology.ploverType('ASSAULT')!.quadClass).toBe(4);
    expect(ontology.ploverType('CONSULT')!.modes.map((m) => m.name)).toEqual(['visit', 'third-party', 'multilateral', 'phone']);
    expect(ontology.ploverType('NOPE')).toBeNull();
  });

  it('has the contexts, each with a definition', () => {
    const contexts = ontology.ploverContexts();
    expect(contexts.map((c) => c.name)).toContain('military');
    for (const c of contexts) expect(c.definition.length, c.name).toBeGreaterThan(5);
  });
});

describe('loadOntology', () => {
  it('loads once and hands back the same ontology', () => {
    expect(loadOntology()).toBe(ontology);
  });

  it('names the file that is missing', () => {
    expect(() => loadOntology({ dataDir: '/nonexistent/ontology' })).toThrow(/\/nonexistent\/ontology\/cameo\.json: missing/);
  });
});
