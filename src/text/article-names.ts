// Arabic names written with the article in lower case and joined by a hyphen: "al-Qaeda", "el-Sisi", "ash-Sham"
// (the article assimilates to some letters: ad-, an-, ar-, as-, ash-, at-, az-). The treebanks split them
// ("al - Qaeda"), so neither model has seen one whole.
const ARTICLES = ['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az'];
const ARTICLE_NAME = new RegExp(`^(?:${ARTICLES.join('|')})-\\p{Lu}`, 'u');
// Split off, "an", "as" and "at" are English words first ("at - Large").
const SPLIT_ARTICLE = new Set(ARTICLES.filter((a) => !['an', 'as', 'at'].includes(a)));

/** Whether a word is a name whose Arabic article is written in lower case ("al-Shabaab"). */
export function isArticleName(word: string): boolean {
  return ARTICLE_NAME.test(word);
}

/** Whether a word is an Arabic article as a tokenizer splits it off its name ("al" of "al - Qaeda", "ash" of "Ahrar ash - Sham"). */
export function isArabicArticle(word: string): boolean {
  return SPLIT_ARTICLE.has(word);
}
