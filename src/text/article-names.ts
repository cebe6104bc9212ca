// Arabic names written with the article in lower case and joined by a hyphen: "al-Qaeda", "el-Sisi", "ash-Sham"
// (the article assimilates to some letters: ad-, an-, ar-, as-, ash-, at-, az-). The treebanks split them
// ("al - Qaeda"), so neither model has seen one whole.
const ARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az)-\p{Lu}/u;

/** Whether a word is a name whose Arabic article is written in lower case ("al-Shabaab"). */
export function isArticleName(word: string): boolean {
  return ARTICLE_NAME.test(word);
}
