import { CHECK_FINDINGS, CHECK_FINDING_LABELS, RECHECK_OUTCOMES, RECHECK_OUTCOME_LABELS } from '../../src-shared/office/management-vocabulary';
import { STUDIO_STATUS_LABELS } from '../../src-shared/office/register-labels';
import type { StudioManagementView } from '../../src-shared/office/management-views';
import { call } from '../api/dispatch';
import { COMMANDS, type ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';
import { dataDir } from './args';

/** `studio-review manage …`: dynamic management (Art. 17) from a shell; a refused step exits 1 with its reason. */

/** The usage line of `manage <sub>`, as the command table lists it. */
const usageOf = (sub: string) => COMMANDS[`manage ${sub}`].usage;

function need(args: ParsedArgs, flag: string, usage: string): string {
  const v = args.values[flag];
  if (typeof v !== 'string' || v.trim() === '') throw new CliExit(EXIT.usage, `缺少 --${flag} / missing --${flag}\n用法 / usage: studio-review ${usage}`);
  return v;
}

function oneOf<T extends string>(args: ParsedArgs, flag: string, values: readonly T[], usage: string): T {
  const v = need(args, flag, usage);
  if (!values.includes(v as T)) throw new CliExit(EXIT.usage, `--${flag} 只能是 / must be one of: ${values.join(', ')}`);
  return v as T;
}

function yearOf(raw: string): number {
  if (!/^\d{4}$/.test(raw)) throw new CliExit(EXIT.usage, '--year 需要四位年份 / --year needs a four-digit year');
  return Number(raw);
}

const checkers = (args: ParsedArgs, usage: string): string[] => {
  const v = args.values.checker;
  if (!Array.isArray(v) || v.length === 0) throw new CliExit(EXIT.usage, `缺少 --checker / missing --checker\n用法 / usage: studio-review ${usage}`);
  return v;
};


function printStudio(view: StudioManagementView): void {
  const s = view.studio;
  const status = STUDIO_STATUS_LABELS[s.status];
  console.log(`${s.id} ${s.studioName}（${s.leaderName}，${s.workUnitName}）状态 / status: ${status.zh} / ${status.en}`);
  for (const c of view.checks) {
    const f = CHECK_FINDING_LABELS[c.finding];
    console.log(`  ${c.year} 年度检查 / check ${c.checkedOn}: ${f.zh} / ${f.en} (${c.checkers.join('、')})`);
  }
  for (const r of view.rectifications) {
    const outcome = r.recheck ? `${RECHECK_OUTCOME_LABELS[r.recheck.outcome].zh} / ${RECHECK_OUTCOME_LABELS[r.recheck.outcome].en} (${r.recheck.recheckedOn})` : r.overdue ? '已逾期 / overdue' : '待复查 / awaiting re-check';
    console.log(`  整改 / rectification (${r.checkYear}) 期限 / deadline ${r.deadline}: ${outcome}`);
  }
  if (view.revocation) console.log(`  撤销 / revoked ${view.revocation.revokedOn} ${view.revocation.docNo}: ${view.revocation.reason}`);
}

export async function manageCheck(args: ParsedArgs): Promise<number> {
  const u = usageOf('check');
  const deadline = args.values.deadline as string | undefined;
  const requirements = args.values.requirements as string | undefined;
  if ((deadline === undefined) !== (requirements === undefined)) {
    throw new CliExit(EXIT.usage, '--deadline 与 --requirements 须同时给出 / give --deadline and --requirements together');
  }
  const input = {
    studioId: need(args, 'studio', u),
    year: yearOf(need(args, 'year', u)),
    checkedOn: need(args, 'date', u),
    finding: oneOf(args, 'finding', CHECK_FINDINGS, u),
    activities: need(args, 'activities', u),
    results: need(args, 'results', u),
    useOfFunds: need(args, 'funds', u),
    checkers: checkers(args, u),
    rectification: deadline !== undefined && requirements !== undefined ? { deadline, requirements } : null,
  };
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'management.check', input));
    console.log(`已记录年度检查 / annual check recorded: ${input.studioId} ${input.year}`);
    printStudio(view);
    return EXIT.ok;
  });
}

export async function manageRecheck(args: ParsedArgs): Promise<number> {
  const u = usageOf('recheck');
  const input = {
    studioId: need(args, 'studio', u),
    recheckedOn: need(args, 'date', u),
    outcome: oneOf(args, 'outcome', RECHECK_OUTCOMES, u),
    notes: need(args, 'notes', u),
    checkers: checkers(args, u),
  };
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'management.recheck', input));
    console.log(`已记录复查 / re-check recorded: ${input.studioId}`);
    printStudio(view);
    return EXIT.ok;
  });
}

export async function manageRevoke(args: ParsedArgs): Promise<number> {
  const u = usageOf('revoke');
  const input = { studioId: need(args, 'studio', u), revokedOn: need(args, 'date', u), docNo: need(args, 'doc-no', u), reason: need(args, 'reason', u) };
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'management.revoke', input));
    console.log(`已撤销 / revoked: ${input.studioId}（记录保留 / its records are kept）`);
    printStudio(view);
    return EXIT.ok;
  });
}

export async function manageDue(args: ParsedArgs): Promise<number> {
  return withContext(dataDir(args), async (ctx) => {
    const raw = args.values.year;
    const year = typeof raw === 'string' ? yearOf(raw) : unwrap(await call(ctx, 'settings.get')).year;
    const due = unwrap(await call(ctx, 'management.due', { year }));
    console.log(`${year} 年度未检查 / not yet checked for ${year}: ${due.unchecked.length}`);
    for (const s of due.unchecked) console.log(`  ${s.id} ${s.studioName}`);
    console.log(`整改中 / open rectifications: ${due.rectifications.length}`);
    for (const r of due.rectifications) {
      const state = r.awaitingRevocation ? '整改不到位，待撤销决定 / not rectified, awaiting revocation' : r.overdue ? '已逾期 / OVERDUE' : '待复查 / awaiting re-check';
      console.log(`  ${r.studio.id} ${r.studio.studioName} 期限 / deadline ${r.deadline}: ${state}`);
    }
    return EXIT.ok;
  });
}

export async function manageShow(args: ParsedArgs): Promise<number> {
  const studioId = need(args, 'studio', usageOf('show'));
  return withContext(dataDir(args), async (ctx) => {
    printStudio(unwrap(await call(ctx, 'management.get', { studioId })));
    return EXIT.ok;
  });
}
