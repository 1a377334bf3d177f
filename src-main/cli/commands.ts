export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | string[] | boolean | undefined>;
}

export type Command = (args: ParsedArgs) => Promise<number>;

/**
 * A command's module is loaded only when that command runs: `--help` or `draw verify` should not pay for the
 * spreadsheet library, the database and every service.
 */
const lazy =
  <M>(load: () => Promise<M>, pick: (m: M) => Command): Command =>
  async (args) =>
    pick(await load())(args);

const app = () => import('./app-commands');
const pool = () => import('./pool-commands');
const titles = () => import('./title-commands');
const draw = () => import('./draw-commands');
const session = () => import('./session-commands');
const bundle = () => import('./bundle-commands');
const manage = () => import('./manage-commands');
const register = () => import('./register-commands');
const ledger = () => import('./ledger-commands');
const publication = () => import('./publish-commands');
const backups = () => import('./backup-commands');

/** `group sub` commands are keyed by both words. */
export const COMMANDS: Record<string, { run: Command; usage: string }> = {
  demo: { run: lazy(app, (m) => m.demo), usage: 'demo --data-dir D [--seed N]' },
  info: { run: lazy(app, (m) => m.info), usage: 'info --data-dir D' },
  'audit verify': { run: lazy(app, (m) => m.auditVerify), usage: 'audit verify --data-dir D' },
  'import experts': { run: lazy(pool, (m) => m.importCommand), usage: 'import experts FILE --data-dir D [--duplicates skip|replace]' },
  'import nominations': {
    run: lazy(pool, (m) => m.importCommand),
    usage: 'import nominations FILE --data-dir D [--year Y] [--duplicates skip|replace]',
  },
  screen: { run: lazy(pool, (m) => m.screenCommand), usage: 'screen --year Y --data-dir D [--screener NAME]' },
  'titles export': { run: lazy(titles, (m) => m.exportTitles), usage: 'titles export FILE.xlsx --data-dir D' },
  'titles import': { run: lazy(titles, (m) => m.importTitles), usage: 'titles import FILE.xlsx --data-dir D' },
  'titles pending': { run: lazy(titles, (m) => m.pendingTitles), usage: 'titles pending --data-dir D' },
  'draw run': {
    run: lazy(draw, (m) => m.drawRun),
    usage: 'draw run --pool POOL.csv --config CONFIG.json --witness NAME=DIGITS ... --out PROTOCOL.json',
  },
  'draw verify': { run: lazy(draw, (m) => m.drawVerify), usage: 'draw verify PROTOCOL.json' },
  'draw ticket': { run: lazy(draw, (m) => m.drawTicket), usage: 'draw ticket --seed SEED --id ID' },
  'draw rfc3797': { run: lazy(draw, (m) => m.drawRfc3797), usage: 'draw rfc3797 --pool-size N --select K --source "…" ...' },
  'session simulate': { run: lazy(session, (m) => m.simulateCommand), usage: 'session simulate --data-dir D [--seed N] [--office OFFICE-DIR] [--export DIR]' },
  'keys show': { run: lazy(bundle, (m) => m.keysShow), usage: 'keys show --data-dir D' },
  'keys export': { run: lazy(bundle, (m) => m.keysExport), usage: 'keys export --data-dir D --out FILE [--label L]' },
  'keys import': {
    run: lazy(bundle, (m) => m.keysImport),
    usage: 'keys import FILE --role office|meeting-laptop|expert --data-dir D [--label L] [--fingerprint FP]',
  },
  'keys revoke': { run: lazy(bundle, (m) => m.keysRevoke), usage: 'keys revoke KEYID --reason R --data-dir D' },
  'keys passphrase': {
    run: lazy(bundle, (m) => m.keysPassphrase),
    usage: 'keys passphrase --data-dir D [--remove | --none]   (STUDIO_REVIEW_KEY_PASSPHRASE, STUDIO_REVIEW_NEW_KEY_PASSPHRASE)',
  },
  'bundle verify': { run: lazy(bundle, (m) => m.bundleVerify), usage: 'bundle verify PATH [--trust KEYFILE]... [--data-dir D] [--year Y]' },
  'bundle import': {
    run: lazy(bundle, (m) => m.bundleImport),
    usage: 'bundle import PATH --data-dir D [--year Y] --paper-commitment CODE --paper-expert ID=CODE ... | --paper-not-checked',
  },
  'bundle export': { run: lazy(bundle, (m) => m.bundleExport), usage: 'bundle export SESSION --data-dir D --out DIR' },
  'verify-page export': { run: lazy(bundle, (m) => m.verifyPageExport), usage: 'verify-page export FILE   (the offline verify page, verify.html; prints its SHA-256)' },
  'manage check': { run: lazy(manage, (m) => m.manageCheck), usage: 'manage check --data-dir D --studio ID --year Y --date D --finding evident|ordinary|not-evident --activities T --results T --funds T --checker NAME ... [--deadline D --requirements T]' },
  'manage recheck': { run: lazy(manage, (m) => m.manageRecheck), usage: 'manage recheck --data-dir D --studio ID --date D --outcome rectified|not-rectified --notes T --checker NAME ...' },
  'manage revoke': { run: lazy(manage, (m) => m.manageRevoke), usage: 'manage revoke --data-dir D --studio ID --date D --doc-no "文号" --reason T' },
  'manage due': { run: lazy(manage, (m) => m.manageDue), usage: 'manage due --data-dir D [--year Y]' },
  'manage show': { run: lazy(manage, (m) => m.manageShow), usage: 'manage show --data-dir D --studio ID' },
  'register list': { run: lazy(register, (m) => m.registerList), usage: 'register list --data-dir D [--year Y]' },
  'register export': { run: lazy(register, (m) => m.registerExport), usage: 'register export --data-dir D [--year Y] --out FILE.xlsx' },
  'register import': { run: lazy(register, (m) => m.registerImport), usage: 'register import FILE.xlsx --data-dir D' },
  'ledger add': {
    run: lazy(ledger, (m) => m.ledgerAdd),
    usage:
      'ledger add --data-dir D --studio ID (--grant --account NAME --bank BANK | --expense --amount YUAN --category USE --purpose TEXT --payee NAME) --date YYYY-MM-DD --voucher NO [--attachment SCAN]',
  },
  'ledger reverse': { run: lazy(ledger, (m) => m.ledgerReverse), usage: 'ledger reverse --data-dir D --entry N --reason TEXT' },
  'ledger show': { run: lazy(ledger, (m) => m.ledgerShow), usage: 'ledger show --data-dir D --studio ID' },
  'ledger report': { run: lazy(ledger, (m) => m.ledgerReport), usage: 'ledger report --data-dir D (--studio ID | --year Y) --out DIR' },
  publish: {
    run: lazy(publication, (m) => m.publishCommand),
    usage: 'publish --year Y --data-dir D --doc-no "…" --date YYYY-MM-DD [--notice-start YYYY-MM-DD --notice-end YYYY-MM-DD] [--out DIR]',
  },
  backup: { run: lazy(backups, (m) => m.backup), usage: 'backup --data-dir D --out DIR' },
  'backup status': { run: lazy(backups, (m) => m.backupStatus), usage: 'backup status --data-dir D' },
  restore: { run: lazy(backups, (m) => m.restore), usage: 'restore FILE --data-dir D' },
  serve: { run: lazy(app, (m) => m.serve), usage: 'serve --data-dir D [--port P] [--renderer DIR]' },
};
