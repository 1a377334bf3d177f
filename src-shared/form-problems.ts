import { problemMessage } from './problem-messages';
import type { ErrorDetail, Message } from './result';

/** A form field's name as Ant Design's Form takes it: `['honours', 0, 'name']`. */
export type FieldName = (string | number)[];

export interface FormMapping {
  /** The part of the API input the form edits, e.g. `expert` for `experts.save { expert, mode }`. */
  under?: string;
  /** API paths whose form field has another name (`amountFen` → `amount`), matched as prefixes. */
  rename?: Record<string, string>;
  /** Field names on screen, by form field (dotted), so "请填写此项" becomes "请填写理由". */
  labels?: Record<string, Message>;
}

export interface PlacedProblems {
  fields: { name: FieldName; errors: Message[] }[];
  /** Problems no field on this form can show: shown above the form instead, never dropped. */
  rest: ErrorDetail[];
}

/**
 * The one mapping from an API refusal's problems to a form's fields: each problem goes under the deepest field
 * of the form its path falls in, in that field's words; what fits no field is handed back.
 */
export function placeProblems(details: readonly ErrorDetail[], known: readonly FieldName[], mapping: FormMapping = {}): PlacedProblems {
  const byField = new Map<string, { name: FieldName; errors: Message[] }>();
  const rest: ErrorDetail[] = [];
  for (const detail of details) {
    const path = formPath(detail.path, mapping);
    const field = path && deepestField(path, known);
    if (!field) {
      rest.push(detail);
      continue;
    }
    const key = field.join('.');
    const label = mapping.labels?.[key];
    const message = detail.problem && label ? problemMessage(detail.problem, label) : detail.message;
    const entry = byField.get(key) ?? { name: field, errors: [] };
    if (!entry.errors.some((m) => m.zh === message.zh)) entry.errors.push(message);
    byField.set(key, entry);
  }
  return { fields: [...byField.values()], rest };
}

function formPath(apiPath: string | undefined, { under, rename = {} }: FormMapping): FieldName | undefined {
  if (!apiPath) return undefined;
  let path = apiPath;
  if (under) {
    if (path !== under && !path.startsWith(`${under}.`)) return undefined;
    path = path.slice(under.length + 1);
  }
  const from = Object.keys(rename)
    .filter((k) => path === k || path.startsWith(`${k}.`))
    .sort((a, b) => b.length - a.length)[0];
  if (from !== undefined) path = [rename[from], path.slice(from.length + 1)].filter(Boolean).join('.');
  if (!path) return undefined;
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function deepestField(path: FieldName, known: readonly FieldName[]): FieldName | undefined {
  let best: FieldName | undefined;
  for (const name of known) {
    const prefix = name.length <= path.length && name.every((part, i) => String(part) === String(path[i]));
    if (prefix && (!best || name.length > best.length)) best = name;
  }
  return best;
}
