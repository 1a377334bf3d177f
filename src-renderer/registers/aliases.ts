/** Aliases as typed in one box: separated by 、，, ；; or spaces. */
export const splitAliases = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/[、，,；;\s]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
