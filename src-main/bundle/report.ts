import type { BundleCheck, BundleReport, BundleSummary, PaperOutcome } from '../../src-shared/api/ops/bundle';
import type { Message } from '../../src-shared/result';

/** The checks, in the order they run, with the names people read in the report. */
export const CHECKS = {
  layout: { zh: '文件夹结构与大小', en: 'folder layout and sizes' },
  signature: { zh: '结果包签名', en: 'bundle signature' },
  manifest: { zh: '清单与文件哈希', en: 'manifest and file hashes' },
  bundle: { zh: '结果包信息', en: 'bundle information' },
  replay: { zh: '年度与重复导入', en: 'year and replay' },
  data: { zh: '数据格式', en: 'data format' },
  issued: { zh: '办公室签发的授权包', en: 'package issued by the office' },
  package: { zh: '与授权包一致', en: 'agreement with the issued package' },
  rules: { zh: '评审规则及其哈希', en: 'session rules and their hash' },
  draw: { zh: '专家抽取重算', en: 'expert draw recomputed' },
  sheets: { zh: '专家签名评分表', en: 'expert-signed score sheets' },
  conflicts: { zh: '回避情况', en: 'conflicts of interest' },
  results: { zh: '汇总与排名重算', en: 'aggregation and ranking recomputed' },
  summary: { zh: '组长签名汇总表', en: "panel leader's signed summary" },
  proposed: { zh: '建议名单', en: 'proposed list' },
  audit: { zh: '审计日志链', en: 'audit-log chain' },
  paper: { zh: '纸质签字件核对', en: 'signed paper' },
} as const satisfies Record<string, Message>;

export type CheckName = keyof typeof CHECKS;

/**
 * The paper check runs only at import, with the codes typed from the signed papers, and only on a bundle whose data
 * could be read: it never has a "not run" line of its own.
 */
const SKIPPABLE = (Object.keys(CHECKS) as CheckName[]).filter((name) => name !== 'paper');

/** Collects the report's lines; a failure names the file and the check, in both languages. */
export class ReportBuilder {
  readonly checks: BundleCheck[] = [];
  /** The signed papers compared at import, when they were. */
  paper?: PaperOutcome[];

  pass(check: CheckName, file: string | null, zh: string, en: string): void {
    this.checks.push({ check, code: 'ok', file, status: 'passed', message: { zh, en } });
  }

  fail(check: CheckName, code: string, file: string | null, zh: string, en: string): void {
    const label = CHECKS[check];
    this.checks.push({
      check,
      code,
      file,
      status: 'failed',
      message: { zh: `${file ?? '结果包'}：${label.zh}未通过——${zh}`, en: `${file ?? 'bundle'}: ${label.en} check failed — ${en}` },
    });
  }

  /** A check the office chose not to make: the bundle is still accepted, and the report says so in red. */
  notChecked(check: CheckName, code: string, file: string | null, zh: string, en: string): void {
    this.checks.push({ check, code, file, status: 'not-checked', message: { zh, en } });
  }

  /**
   * A check this verifier cannot make (it lacks what the check compares with): said as not performed, never passed
   * in silence. It does not fail the bundle, so the report says which question stays open.
   */
  notPerformed(check: CheckName, file: string | null, zh: string, en: string): void {
    this.checks.push({ check, code: 'not-performed', file, status: 'skipped', message: { zh: `未进行——${zh}`, en: `not performed — ${en}` } });
  }

  /** A check that could not run because an earlier one failed (nothing after an untrusted signature is read). */
  skipRest(after: (typeof SKIPPABLE)[number]): void {
    const done = new Set(this.checks.map((c) => c.check));
    for (const name of SKIPPABLE.slice(SKIPPABLE.indexOf(after) + 1)) {
      if (!done.has(name)) this.skip(name, after);
    }
  }

  /** One check that could not run because `because` failed. */
  skip(check: CheckName, because: CheckName): void {
    this.checks.push({
      check,
      code: 'skipped',
      file: null,
      status: 'skipped',
      message: { zh: `未进行：${CHECKS[because].zh}未通过`, en: `not run: the ${CHECKS[because].en} check failed` },
    });
  }

  get failures(): BundleCheck[] {
    return this.checks.filter((c) => c.status === 'failed');
  }

  hasFailed(...names: CheckName[]): boolean {
    return this.checks.some((c) => c.status === 'failed' && (names.length === 0 || names.includes(c.check as CheckName)));
  }

  build(bundleSha256: string | null, summary: BundleSummary | null, now: Date): BundleReport {
    return {
      verified: this.failures.length === 0 && this.checks.length > 0,
      bundleSha256,
      verifiedAt: now.toISOString(),
      summary,
      checks: this.checks,
      ...(this.paper ? { paper: this.paper } : {}),
    };
  }
}
