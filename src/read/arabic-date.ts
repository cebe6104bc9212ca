// Dates printed in Arabic script, rewritten into the English words chrono reads:
// Arabic-Indic and Persian digits, the Gregorian month names of Egypt and the Gulf
// (يناير … ديسمبر) and of the Levant and Iraq (كانون الثاني … كانون الأول), and the
// AM/PM marks. Pages often print both names ("نيسان / أبريل", "نيسان (أبريل)"); the pair becomes one.
// Solar Hijri (Iranian) dates are a different calendar and are left alone.

const MONTHS: Array<[string, string[]]> = [
  ['January', ['يناير', 'كانون الثاني']],
  ['February', ['فبراير', 'شباط']],
  ['March', ['مارس', 'آذار']],
  ['April', ['أبريل', 'إبريل', 'ابريل', 'نيسان']],
  ['May', ['مايو', 'أيار']],
  ['June', ['يونيو', 'يونيه', 'حزيران']],
  ['July', ['يوليو', 'يوليه', 'تموز']],
  ['August', ['أغسطس', 'اغسطس', 'آب']],
  ['September', ['سبتمبر', 'أيلول']],
  ['October', ['أكتوبر', 'اكتوبر', 'تشرين الأول']],
  ['November', ['نوفمبر', 'تشرين الثاني']],
  ['December', ['ديسمبر', 'كانون الأول']],
];

const WEEKDAYS = /(?:ال)?(?:أحد|احد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)،?/g;
// "م" and "مساءً" (evening) after a time are PM; "ص" and "صباحًا" are AM.
const MERIDIEM = /(\d{1,2}:\d{2}(?::\d{2})?)\s*(مساء[ًا]?|م|صباح[ًا]?ا?|ص)(?![\u0600-\u06FF])/g;
const ARABIC = /[\u0600-\u06FF]/;

const byName = new Map(MONTHS.flatMap(([english, names]) => names.map((name) => [name, english] as const)));
// Longest names first, so "كانون الثاني" is read before any shorter name inside it.
const MONTH_NAME = new RegExp([...byName.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

export function hasArabicScript(text: string): boolean {
  return ARABIC.test(text);
}

export function arabicDateToEnglish(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(MONTH_NAME, (name) => byName.get(name)!)
    .replace(/\b([A-Z][a-z]+)\s*(?:\/\s*\1|\(\s*\1\s*\))/g, '$1')
    .replace(MERIDIEM, (_, time: string, mark: string) => (Number(time.split(':')[0]) > 12 ? time : `${time} ${/^[مس]/.test(mark) ? 'PM' : 'AM'}`))
    // After the months, so that a weekday's letters inside a month's name (سبت in سبتمبر) are gone by then.
    .replace(WEEKDAYS, '')
    .replace(/\s+/g, ' ')
    .trim();
}
