import type { Command } from 'commander';
import { loadKnowledgeBase } from '../../actors/kb/index.js';
import { loadEntityModels, parseIob, toIob2 } from '../../entities/index.js';
import { annotate, loadNlpModels } from '../../nlp/index.js';
import { UsageError } from '../main.js';
import { blankLineParagraphs, readTextInput } from '../text-input.js';

interface NerOptions {
  input: string;
}

export function register(program: Command): void {
  program
    .command('ner')
    .description('Finds names of people, organisations and places; prints token<TAB>IOB2 tag lines, a blank line between sentences.')
    .argument('<file>', 'a file, or - for standard input')
    .option('--input <format>', 'text (paragraphs separated by blank lines) or iob (keeps its tokens and sentences: Universal NER or CoNLL-2003 layout)', 'text')
    .action(ner);
}

function ner(file: string, options: NerOptions): void {
  if (options.input !== 'text' && options.input !== 'iob') throw new UsageError(`Unknown --input format "${options.input}" (use text or iob)`);
  const content = readTextInput(file);
  const nlp = loadNlpModels();
  const { recognizer } = loadEntityModels(loadKnowledgeBase());
  const docs: string[][][] = [];
  if (options.input === 'iob') {
    for (const s of parseIob(content)) (docs[s.doc] ??= []).push(s.words);
  } else {
    const { tokens } = annotate(nlp, content, blankLineParagraphs(content));
    const sentences: string[][] = [];
    for (const t of tokens) (sentences[t.sentence] ??= []).push(content.slice(t.start, t.end));
    docs.push(sentences.filter(Boolean));
  }
  const out: string[] = [];
  for (const sentences of docs) {
    if (!sentences) continue;
    const input = sentences.map((words) => {
      const tags = nlp.tagger.tag(words);
      return { words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
    });
    recognizer.recognise(input).forEach((spans, i) => {
      const words = sentences[i]!;
      const tags = toIob2(spans, words.length);
      out.push(words.map((w, k) => `${w}\t${tags[k]}`).join('\n'), '');
    });
  }
  process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
}
