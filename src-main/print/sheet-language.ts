import type { Message } from '../../src-shared/result';

/** A sheet prints in the app's language only (issue 16: no English on a Chinese sheet, and the other way). */
export type SheetLanguage = 'zh-CN' | 'en';

/** The layout's own words, given in both languages: `t('评分细则', 'Scoring rubric')`. */
export const pick =
  (language: SheetLanguage) =>
  (zh: string, en: string): string =>
    language === 'en' ? en : zh;

/** A bilingual label or message (vocabulary, check results) in the sheet's language. */
export const say =
  (language: SheetLanguage) =>
  (m: Message): string =>
    language === 'en' ? m.en : m.zh;
