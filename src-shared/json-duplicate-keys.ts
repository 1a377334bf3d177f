/**
 * The first key that appears twice in one object of a JSON text, with the path of that object (`(root)`,
 * `ranking.rows[3]`, the form `firstDifference` uses), or null. `JSON.parse` keeps the last of two equal keys
 * without a word, so a file could say one thing to a reader who stops at the first and another to the app.
 *
 * Only for text that `JSON.parse` has already accepted: the scan trusts its syntax and looks at nothing but
 * strings, brackets and commas. Keys are compared as the strings they decode to (`"a"` and `"\u0061"` are one key).
 */
export function firstDuplicateKey(text: string): { key: string; path: string } | null {
  interface Level {
    /** The keys met so far, for an object; null for an array. */
    keys: Set<string> | null;
    path: string;
    /** The member being read: the last key of an object, the item's index in an array. */
    member: string | number;
  }
  const stack: Level[] = [];
  let keyNext = false;
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.keys === null) return `${top.path}[${top.member}]`;
    return top.path ? `${top.path}.${top.member}` : String(top.member);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (keyNext) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        const top = stack.at(-1)!;
        if (top.keys!.has(key)) return { key, path: top.path || '(root)' };
        top.keys!.add(key);
        top.member = key;
        keyNext = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ keys: c === '{' ? new Set() : null, path: childPath(), member: 0 });
      keyNext = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
      keyNext = false;
    } else if (c === ',') {
      const top = stack.at(-1)!;
      if (top.keys === null) top.member = (top.member as number) + 1;
      else keyNext = true;
    }
  }
  return null;
}
