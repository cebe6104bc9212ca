import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The installed command, as a user runs it (`npm install` builds dist/ through the prepare script).
const root = join(import.meta.dirname, '..');
const built = existsSync(join(root, 'dist', 'cli', 'main.js'));
if (!built) console.log('skipped: dist/ is not built (run npm run build)');

describe.runIf(built)('the dyad command', () => {
  const dyad = (...args: string[]) => spawnSync(process.execPath, [join(root, 'bin', 'dyad.js'), ...args], { encoding: 'utf8' });

  it('codes a page from the command line', () => {
    const result = dyad('code', join(root, 'test', 'golden', 'read', 'seed-article.txt'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).article.siteArticleId).toBe('34597');
  });

  it('exits non-zero with one line on standard error for a bad input', () => {
    const result = dyad('code', join(root, 'no-such-file.html'));
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`dyad: ${join(root, 'no-such-file.html')}: No such file or folder\n`);
  });
});
