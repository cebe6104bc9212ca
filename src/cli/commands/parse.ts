import type { Command } from 'commander';
import { analyseSentences, loadNlpModels, parseConllu, segment, writeConllu, type ConlluSentence, type NlpModels } from '../../nlp/index.js';
import { InputError } from '../../read/index.js';
import { UsageError } from '../main.js';
import { blankLineParagraphs, readTextInput } from '../text-input.js';

interface ParseOptions {
  input: string;
}

export function register(program: Command): void {
  program
    .command('parse')
    .description('Tokenize, tag and parse text, or tag and parse the given tokens of a CoNLL-U file; prints CoNLL-U.')
    .argument('<file>', 'a file, or - for standard input')
    .option('--input <format>', 'text (paragraphs separated by blank lines) or conllu (keeps its tokens and sentences)', 'text')
    .action(parse);
}

function parse(file: string, options: ParseOptions): void {
  if (options.input !== 'text' && options.input !== 'conllu') throw new UsageError(`Unknown --input format "${options.input}" (use text or conllu)`);
  const content = readTextInput(file);
  const models = loadNlpModels();
  let sentences: ConlluSentence[];
  if (options.input === 'conllu') {
    try {
      sentences = parseConllu(content);
    } catch (error) {
      throw new InputError(file, (error as Error).message);
    }
    fill(models, sentences);
  } else sentences = fromText(models, content);
  process.stdout.write(writeConllu(sentences));
}

/** Replaces the tags, lemmas and trees of sentences, keeping their words. */
function fill(models: NlpModels, sentences: ConlluSentence[]): void {
  const analysed = analyseSentences(models, sentences.map((s) => s.words.map((w) => w.form)));
  sentences.forEach((sentence, i) => {
    sentence.words = analysed[i]!.map(({ form, lemma, upos, xpos, head, rel }) => ({ form, lemma, upos, xpos, head, rel }));
  });
}

function fromText(models: NlpModels, text: string): ConlluSentence[] {
  const { words, sentences } = segment(text, blankLineParagraphs(text), models.boundaries);
  const parsed = sentences.map(({ first, last }, n) => {
    const span = words.slice(first, last);
    const tokens: ConlluSentence['tokens'] = [];
    for (let i = 0; i < span.length; ) {
      let j = i + 1;
      while (j < span.length && span[j]!.joined) j++;
      const end = span[j - 1]!.end;
      tokens.push({ form: text.slice(span[i]!.start, end), words: j - i, spaceAfter: j >= span.length || span[j]!.start > end });
      i = j;
    }
    const sentence: ConlluSentence = {
      id: String(n + 1),
      text: text.slice(span[0]!.start, span[span.length - 1]!.end).replace(/\s+/g, ' '),
      newPar: false,
      newDoc: false,
      docId: '',
      words: [],
      tokens,
    };
    sentence.words = span.map((w) => ({ form: w.form, lemma: '', upos: '', xpos: '', head: -1, rel: '' }));
    return sentence;
  });
  fill(models, parsed);
  return parsed;
}
