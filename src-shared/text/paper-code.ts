/**
 * Paper as a second root: the witnesses sign the printed draw commitment and every expert signs a sheet showing
 * their key fingerprint; the office types the first characters of each back from the signed paper when it takes in
 * a result bundle. These are the rules for such a typed code, shared by the printouts, the API and the page.
 */

/** How many characters are typed back (more may be given; each one makes a look-alike harder to make). */
export const PAPER_CODE_LENGTH = 8;

/**
 * The code as compared: case, spaces and dashes do not matter, since the value is printed in groups of four, read
 * aloud and typed by hand (full-width spaces and dashes from a Chinese input method included).
 */
export function normalizePaperCode(text: string): string {
  return text.replace(/[\s\u2010-\u2015\uFF0D-]/g, '').toLowerCase();
}

/** At least {@link PAPER_CODE_LENGTH} hex digits, at most a whole SHA-256, once normalized. */
export function isPaperCode(text: string): boolean {
  return new RegExp(`^[0-9a-f]{${PAPER_CODE_LENGTH},64}$`).test(normalizePaperCode(text));
}
