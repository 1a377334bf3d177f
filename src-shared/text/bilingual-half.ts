/**
 * A draw's exclusion reasons are committed with the draw as one text in both languages, "中文 / English"
 * (src-main/services/draw-setup.ts), and cannot be rewritten once committed. Shown or printed, only the half in the
 * language in use is; a text without the separator is shown whole.
 */
export function bilingualHalf(text: string, language: 'zh-CN' | 'en'): string {
  // " / English", or "…（单位）/ English" where the Chinese half ends in a full-width parenthesis and no space.
  const at = /(?: \/ |(?<=）)\/ )(?=[A-Za-z])/.exec(text);
  if (!at) return text;
  return language === 'en' ? text.slice(at.index + at[0].length) : text.slice(0, at.index);
}
