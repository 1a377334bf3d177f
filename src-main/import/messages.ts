import type { Message } from '../../src-shared/result';

export function idMessage(v: string): Message {
  return {
    zh: `编号只能包含字母、数字和 . _ -（不超过 40 个字符）：${v}`,
    en: `an id may contain only letters, digits and . _ - (at most 40 characters): ${v}`,
  };
}

export function unknownTitle(title: string): Message {
  return {
    zh: `职称“${title}”不在职称表中，请使用标准名称（如 教授、主任医师、正高级工程师；见模板“填写说明”）`,
    en: `title "${title}" is not in the title dictionary; use a standard title (e.g. 教授, 主任医师, 正高级工程师)`,
  };
}
