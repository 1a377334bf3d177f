import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { canonicalJson, canonicalJsonPieces } from '../../src-shared/canonical-json';
import { tempDir } from '../../tests/helpers/temp-dir';
import { writePiecesAtomically } from './atomic-write';

it('writes a large record piece by piece, byte for byte its canonical JSON, and leaves no temporary file', () => {
  const dir = tempDir();
  const file = path.join(dir, 'protocol.json');
  const record = { seed: '种子', result: Array.from({ length: 20_000 }, (_, i) => ({ id: `E${i}`, rank: i + 1, stratum: '教育' })) };
  let pieces = 0;
  const r = writePiecesAtomically(file, (emit) =>
    canonicalJsonPieces(record, (p) => {
      pieces++;
      emit(p);
    }),
  );
  expect(r.ok).toBe(true);
  expect(pieces).toBeGreaterThan(20_000 / 256); // never the whole record as one string
  expect(fs.readFileSync(file, 'utf8')).toBe(canonicalJson(record));
  expect(fs.readdirSync(dir)).toEqual(['protocol.json']);
});

it('reports a folder it cannot write to as a Result, and keeps the file that was there', () => {
  const dir = tempDir();
  const file = path.join(dir, 'protocol.json');
  fs.writeFileSync(file, 'old');
  const failing = writePiecesAtomically(file, (emit) => {
    emit('{"a":');
    throw new Error('disk full');
  });
  expect(failing.ok).toBe(false);
  if (!failing.ok) expect(failing.error.message.en).toContain('protocol.json');
  expect(fs.readFileSync(file, 'utf8')).toBe('old');
  expect(fs.readdirSync(dir)).toEqual(['protocol.json']);
  const missing = writePiecesAtomically(path.join(dir, 'no-such-folder', 'x.json'), (emit) => emit('{}'));
  expect(missing.ok).toBe(false);
});
