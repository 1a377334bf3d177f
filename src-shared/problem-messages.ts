import type { Message } from './result';

/**
 * What is wrong with one field, in words an office worker can act on. The API's validation (zod issues) and the
 * renderer's own form rules both speak through these, so a field reads the same whichever side caught it.
 */
export type FieldProblem =
  | { kind: 'required' }
  | { kind: 'choose-at-least'; min: number }
  | { kind: 'choose-at-most'; max: number }
  | { kind: 'wrong-type'; expected: string }
  | { kind: 'not-an-option' }
  | { kind: 'too-short'; min: number }
  | { kind: 'too-long'; max: number }
  | { kind: 'too-small'; min: number | string; inclusive: boolean }
  | { kind: 'too-big'; max: number | string; inclusive: boolean }
  | { kind: 'not-multiple'; divisor: number }
  | { kind: 'bad-format'; format: string }
  | { kind: 'unknown-field'; keys: string[] }
  | { kind: 'invalid' };

const WRONG_TYPE: Record<string, Message> = {
  number: { zh: '请填写数字', en: 'Enter a number' },
  int: { zh: '请填写整数', en: 'Enter a whole number' },
  string: { zh: '请填写文字', en: 'Enter text' },
  boolean: { zh: '请选择是或否', en: 'Choose yes or no' },
  array: { zh: '请从列表中选择', en: 'Choose from the list' },
  date: { zh: '请填写日期', en: 'Enter a date' },
};

const FORMAT: Record<string, Message> = {
  date: { zh: '请按“2026-01-31”的格式填写日期', en: 'Enter the date as 2026-01-31' },
  datetime: { zh: '请填写完整的日期和时间', en: 'Enter a full date and time' },
  email: { zh: '请填写有效的电子邮箱地址', en: 'Enter a valid e-mail address' },
  url: { zh: '请填写以 http:// 或 https:// 开头的网址', en: 'Enter a web address starting with http:// or https://' },
};

/** The message for one problem; `label` (the field's name on screen) makes "请填写理由" out of "请填写此项". */
export function problemMessage(p: FieldProblem, label?: Message): Message {
  const zhName = label?.zh ?? '此项';
  const enName = label?.en ?? 'this field';
  switch (p.kind) {
    case 'required':
      return { zh: `请填写${zhName}`, en: `Please fill in ${enName}` };
    case 'choose-at-least':
      return p.min <= 1
        ? { zh: '请至少选择一项', en: 'Choose at least one' }
        : { zh: `请至少选择 ${p.min} 项`, en: `Choose at least ${p.min}` };
    case 'choose-at-most':
      return { zh: `最多选择 ${p.max} 项`, en: `Choose at most ${p.max}` };
    case 'wrong-type':
      return WRONG_TYPE[p.expected] ?? { zh: '填写的内容格式不正确', en: 'This value is not in the expected form' };
    case 'not-an-option':
      return { zh: '请从列表中选择', en: 'Choose one of the listed options' };
    case 'too-short':
      return { zh: `至少填写 ${p.min} 个字`, en: `Enter at least ${p.min} characters` };
    case 'too-long':
      return { zh: `最多填写 ${p.max} 个字`, en: `Enter at most ${p.max} characters` };
    case 'too-small':
      return p.inclusive
        ? { zh: `不能小于 ${p.min}`, en: `Must be at least ${p.min}` }
        : { zh: `必须大于 ${p.min}`, en: `Must be more than ${p.min}` };
    case 'too-big':
      return p.inclusive
        ? { zh: `不能大于 ${p.max}`, en: `Must be at most ${p.max}` }
        : { zh: `必须小于 ${p.max}`, en: `Must be less than ${p.max}` };
    case 'not-multiple':
      return { zh: `必须是 ${p.divisor} 的整数倍`, en: `Must be a multiple of ${p.divisor}` };
    case 'bad-format':
      return FORMAT[p.format] ?? { zh: '格式不正确，请检查', en: 'Not in the expected format; please check it' };
    case 'unknown-field':
      // Named, because this is what a tampered or newer-version file shows, and the reader must find the item.
      return { zh: `包含本程序不认识的项：${p.keys.join('、')}`, en: `Contains items this program does not know: ${p.keys.join(', ')}` };
    case 'invalid':
      return { zh: '填写的内容不正确，请检查', en: 'This value is not valid; please check it' };
  }
}

/** The headline over a form's field problems: no operation name, no schema, just what to do. */
export const FIX_FIELDS_MESSAGE: Message = {
  zh: '有几项填写得不对，请按各项下方的提示修改',
  en: 'Some entries need correcting: see the note under each one',
};
