import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';

// Labels the UI needs, taken from the project's data at build time so that
// the page asks the API only for events: CAMEO code names and country names.
function labels(): Plugin {
  const ids = { 'virtual:labels': '\0virtual:labels' };
  return {
    name: 'dyad-labels',
    resolveId: (id) => (id in ids ? ids[id as keyof typeof ids] : null),
    load(id) {
      if (id !== ids['virtual:labels']) return null;
      const cameo = JSON.parse(readFileSync('data/ontology/cameo.json', 'utf8')) as { codes: Array<{ code: string; name: string }> };
      const countries = readFileSync('data/kb/countries.jsonl', 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { iso3: string; name: string });
      return [
        `export const cameoNames = ${JSON.stringify(Object.fromEntries(cameo.codes.map((c) => [c.code, c.name])))};`,
        `export const countryNames = ${JSON.stringify(Object.fromEntries(countries.map((c) => [c.iso3, c.name])))};`,
      ].join('\n');
    },
  };
}

export default defineConfig({
  root: 'web',
  publicDir: false,
  plugins: [labels()],
  build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 600, modulePreload: { polyfill: false } },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
