import { fileBytes } from '../files/download';

/** One file of a picked folder, as the bundle API takes it. */
export interface PickedFile {
  relativePath: string;
  content: Uint8Array;
}

export interface PickedFolder {
  name: string;
  files: PickedFile[];
  bytes: number;
}

/**
 * A page cannot be given a folder path, only the files of a folder the user picked (`<input webkitdirectory>`);
 * each carries its path under the picked folder, which is what the back end needs to rebuild the folder.
 */
export async function readPickedFolder(list: FileList): Promise<PickedFolder> {
  const files = Array.from(list);
  const picked: PickedFile[] = [];
  let bytes = 0;
  for (const f of files) {
    picked.push({ relativePath: f.webkitRelativePath || f.name, content: await fileBytes(f) });
    bytes += f.size;
  }
  const name = (files[0]?.webkitRelativePath || '').split('/')[0] || files[0]?.name || '';
  return { name, files: picked, bytes };
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
