import { describe, expect, it } from 'vitest';
import { encodeClusters, WordClusters } from './clusters.js';
import { loadWordClusters } from './models.js';

describe('word clusters', () => {
  const file = encodeClusters(['paris', 'london', 'ran'], [Uint16Array.of(0, 0, 3), Uint16Array.of(3, 3, 5), Uint16Array.of(7, 8, 9)], {});
  const clusters = WordClusters.decode(file);

  it('find a word by its lower case and give it one code per granularity', () => {
    const paris = clusters.find('Paris');
    const london = clusters.find('LONDON');
    expect(clusters.code(paris, 0)).toBe(clusters.code(london, 0));
    expect(clusters.code(paris, 1)).toBe(clusters.code(london, 1));
    expect(clusters.code(paris, 2)).not.toBe(clusters.code(london, 2));
    expect(clusters.code(paris, 0)).not.toBe(clusters.code(clusters.find('ran'), 0));
  });

  it('keep the granularities apart: cluster 3 of one is not cluster 3 of another', () => {
    // "ran" is in cluster 3 of the coarsest granularity, "paris" in cluster 3 of the next.
    expect(clusters.code(clusters.find('ran'), 0)).not.toBe(clusters.code(clusters.find('paris'), 1));
  });

  it('give every unknown word the same code, unlike any known one', () => {
    const a = clusters.find('Qalibafzz');
    const b = clusters.find('zzz');
    expect(clusters.code(a, 2)).toBe(clusters.code(b, 2));
    expect([0, 1, 2].map((i) => clusters.code(i, 2))).not.toContain(clusters.code(a, 2));
  });

  it('are committed: weekdays share a fine cluster, a weekday and a capital do not', () => {
    const committed = loadWordClusters();
    const fine = (w: string) => committed.code(committed.find(w), 2);
    expect(fine('Monday')).toBe(fine('Thursday'));
    expect(fine('Monday')).not.toBe(fine('Baghdad'));
    expect(loadWordClusters()).toBe(committed);
  });
});
