import fs from 'node:fs';

/**
 * The data folder holds the database (with the experts' PIN vaults), the device key and the backups: whoever can
 * read them can start an offline PIN search or copy the key. So the folder is the user's alone (0700) and so is
 * every such file (0600). POSIX modes only: on Windows the folder inherits the user profile's ACL, and chmod there
 * only toggles the read-only flag, so nothing is changed.
 */
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;
const posix = process.platform !== 'win32';

/** Makes `dir` (and any missing parents) and takes group and other access away from it if it already existed. */
export function privateFolder(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: FOLDER_MODE });
  tighten(dir);
}

/** Takes group and other access away from `file`, if it exists (a database made by an older version was 0644). */
export function privateFile(file: string): void {
  tighten(file);
}

/** An empty file only the user can read, made before SQLite opens it: SQLite gives its -wal and -shm files the database file's mode. */
export function createPrivateFile(file: string): void {
  if (fs.existsSync(file)) return privateFile(file);
  fs.writeFileSync(file, '', { mode: FILE_MODE, flag: 'wx' });
}

/** Only group and other bits are taken away: the user's own bits stay as they are. */
function tighten(target: string): void {
  if (!posix) return;
  let mode: number;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    return;
  }
  if ((mode & 0o077) === 0) return;
  try {
    fs.chmodSync(target, mode & 0o700);
  } catch {
    // A folder the user does not own (e.g. `--data-dir` pointed at a shared place) cannot be changed; the files
    // inside it are still made 0600, which is what protects them.
  }
}
