import os from 'node:os';
import path from 'node:path';

/** Where the CLI and the loopback server keep data when no `--data-dir` is given (Electron uses userData). */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'studio-review');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'studio-review');
  return path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'studio-review');
}
