/**
 * A draw's exclusion reasons are committed with the draw as one text in both languages, "中文 / English"
 * (src-main/services/draw-setup.ts), and cannot be rewritten once committed. Shown or printed, only the half in the
 * language in use is; a text without the separator is shown whole.
 */
export function bilingualHalf(text: string, language: 'zh-CN' | 'en'): string {
  const at = text.indexOf(' / ');
  if (at < 0) return text;
  return language === 'en' ? text.slice(at + 3) : text.slice(0, at);
}
