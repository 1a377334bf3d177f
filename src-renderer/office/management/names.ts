/** The people typed into one field, as the office writes a list of names: 王敏、李强 or 王敏, 李强. */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== '');
}
