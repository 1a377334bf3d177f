import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIMITS } from '../../src-shared/api/ops/bundle';
import { tempDir } from '../../tests/helpers/temp-dir';
import { foldersOf, readBundleFolder, unlistedFolders } from './read-folder';

describe('folders a manifest does not account for', () => {
  it('names the outermost folder with nothing listed below it: empty, or holding only unlisted things', () => {
    const folders = ['data', 'data/score-sheets', 'data/score-sheets/old', 'extra', 'extra/inner', 'notes', 'print', 'print/空'];
    const listed = ['bundle.json', 'data/session.json', 'data/score-sheets/E1.json', 'print/汇总表.pdf'];
    expect(unlistedFolders(folders, listed)).toEqual(['data/score-sheets/old', 'extra', 'notes', 'print/空']);
    expect(unlistedFolders(foldersOf(listed), listed)).toEqual([]);
  });

  it('derives the folders of files given in memory from their paths', () => {
    expect([...foldersOf(['bundle.json', 'data/score-sheets/E1.json', 'data/session.json', 'a/b/c/d.txt'])].sort()).toEqual(['a', 'a/b', 'a/b/c', 'data', 'data/score-sheets']);
  });

  it('reads every folder of a bundle folder, empty ones too, and counts them against the entry limit', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'data', 'score-sheets'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'print', '空'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data', 'session.json'), '{}');
    const read = readBundleFolder(dir);
    expect(read.problems).toEqual([]);
    expect(read.folders.sort()).toEqual(['data', 'data/score-sheets', 'print', 'print/空']);
    expect([...read.files!.keys()]).toEqual(['data/session.json']);

    for (let i = 0; i < 4; i++) fs.mkdirSync(path.join(dir, `empty-${i}`));
    const many = readBundleFolder(dir, { ...BUNDLE_LIMITS, maxFiles: 5 });
    expect(many.files).toBeUndefined();
    expect(many.problems.map((p) => p.code)).toEqual(['bundle-too-many-files']);
  });
});
