import type { FileDownload } from '../../src-shared/api/views';

/** Hands a file from the back end to the user: the browser's download, Electron's save dialog. */
export function saveDownload(file: FileDownload): void {
  const url = URL.createObjectURL(fileBlob(file));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file's bytes as a Blob the page can show or save. */
export function fileBlob(file: FileDownload): Blob {
  return new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.mediaType });
}

/** The bytes of a file the user picked, as the API takes them (the same in a browser and in Electron). */
export async function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}
