// Prints the text of a PDF file, line by line as it is laid out on the page, with pdf.js (pdfjs-dist): what a person
// would copy out of the file. Run as a child process so that tests can read a PDF synchronously.
import fs from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const data = new Uint8Array(fs.readFileSync(process.argv[2]));
const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const { items } = await page.getTextContent();
  // Items on one baseline (within a third of the font size) form a line; lines top to bottom, items left to right.
  const lines = [];
  for (const item of items) {
    if (!('str' in item) || item.str === '') continue;
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(d) || 10;
    let line = lines.find((l) => Math.abs(l.y - y) < size / 3);
    if (!line) lines.push((line = { y, items: [] }));
    line.items.push({ x, end: x + item.width, size, str: item.str });
  }
  lines.sort((a, b) => b.y - a.y);
  pages.push(
    lines
      .map((l) => {
        l.items.sort((a, b) => a.x - b.x);
        let text = '';
        let end;
        for (const it of l.items) {
          // A gap wider than a quarter of the text's size is a space, as pdftotext -layout reads it.
          if (end !== undefined && it.x - end > it.size / 4) text += ' '.repeat(Math.max(1, Math.round((it.x - end) / (it.size / 2))));
          text += it.str;
          end = it.end;
        }
        return text;
      })
      .join('\n'),
  );
}
// A font may map a glyph shared by an ideograph and its Kangxi radical (工 and ⼯) to the radical; read as the ideograph,
// as pdftotext does.
const text = pages.join('\n\f').replace(/[\u2e80-\u2fdf]/g, (c) => c.normalize('NFKC'));
process.stdout.write(text);
