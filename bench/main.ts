// npm run bench [-- NAME...]: the benchmarks bench/NAME.ts; each prints its figures and the machine it ran on.
import { runNamed } from '../scripts/run-named.js';

await runNamed(import.meta.dirname, 'bench', process.argv.slice(2));
