// The training seeds of a command: --seeds=S,S,... (the mean of one model per seed), --seed=S (one), or the defaults.
export function seedsOption(defaults: number[]): number[] {
  const many = process.argv.find((a) => a.startsWith('--seeds='))?.slice(8);
  const one = process.argv.find((a) => a.startsWith('--seed='))?.slice(7);
  const seeds = many !== undefined ? many.split(',').map(Number) : one !== undefined ? [Number(one)] : defaults;
  if (!seeds.length || seeds.some((n) => !Number.isInteger(n))) throw new Error(`--seeds: expected whole numbers separated by commas, got "${many ?? one}"`);
  return seeds;
}
