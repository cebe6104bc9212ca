// npm run eval [-- NAME...]: the scorers eval/NAME.ts. They read ../shared and skip with a message when it is missing.
import { runNamed } from '../scripts/run-named.js';

await runNamed(import.meta.dirname, 'eval', process.argv.slice(2));
