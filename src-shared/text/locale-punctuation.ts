/**
 * Punctuation around data follows the language of the text around it: full-width in Chinese (`袁卫东（E0085）`,
 * `名称：值`, `甲、乙`), half-width with spaces in English (`Yuan (E0085)`, `name: value`, `a, b`). Pure, so the
 * renderer (src-renderer/i18n) and the printed sheets (src-main/print) punctuate alike.
 */
export type PunctuationLanguage = 'zh-CN' | 'en';

/** A list as people write it: 甲、乙、丙 in Chinese, "a, b, c" in English. */
export function listIn(language: PunctuationLanguage, items: readonly string[]): string {
  return items.join(language === 'en' ? ', ' : '、');
}

/** Parts of one note, as in 袁卫东（E0085，谢绝）: a full-width comma in Chinese, ", " in English. */
export function partsIn(language: PunctuationLanguage, items: readonly string[]): string {
  return items.join(language === 'en' ? ', ' : '，');
}

/** The parentheses of a note, with the space English puts before them: （E0085） / " (E0085)". */
export function parenthesizedIn(language: PunctuationLanguage, aside: string): string {
  return language === 'en' ? ` (${aside})` : `（${aside}）`;
}

/** A note in parentheses after the text: 袁卫东（E0085） / Yuan (E0085). */
export function asideIn(language: PunctuationLanguage, text: string, aside: string): string {
  return `${text}${parenthesizedIn(language, aside)}`;
}

/** A label and its value: 记录：举手表决 / Record: show of hands. */
export function labelledIn(language: PunctuationLanguage, label: string, value: string): string {
  return language === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}
