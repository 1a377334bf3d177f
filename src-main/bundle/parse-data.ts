import { isUtf8 } from 'node:buffer';
import type { z } from 'zod';
import { canonicalTextProblem } from '../../src-shared/canonical-json-check';
import { zodProblems } from '../../src-shared/zod-problems';
import { parseAuditLog, type BundleAuditRow } from './audit-rows';
import { BUNDLE_JSON, DATA, SHEETS_DIR } from './layout';
import type { BundleFiles } from './render';
import type { ReportBuilder } from './report';
import {
  bundleJsonSchema,
  conflictsFileSchema,
  proposedListFileSchema,
  resultsFileSchema,
  scoreSheetSchema,
  sessionFileSchema,
  signaturesFileSchema,
  summarySheetSchema,
  type BundleJson,
  type ConflictsFile,
  type ProposedListFile,
  type ResultsFile,
  type ScoreSheet,
  type SessionFile,
  type SignaturesFile,
  type SummarySheet,
} from './schemas';

/** The JSON of an authentic bundle, parsed and shape-checked. */
export interface ParsedBundle {
  bundle: BundleJson;
  session: SessionFile;
  protocol: unknown;
  conflicts: ConflictsFile;
  signatures: SignaturesFile;
  summary: SummarySheet;
  results: ResultsFile;
  proposed: ProposedListFile;
  /** The meeting laptop's audit log, each row with the text its hash covers. */
  auditRows: BundleAuditRow[];
  /** The score sheets signatures.json points at, by the expert id of their signature entry. */
  sheets: Map<string, ScoreSheet>;
  /** The issued session package's file, as bytes: its hash is what the office looks up (check-issued.ts reads it). */
  issuedPackage: Buffer;
}

function readText(files: BundleFiles, path: string, report: ReportBuilder): string | undefined {
  const bytes = files.get(path);
  if (!bytes) {
    report.fail('data', 'data-missing', path, '缺少该数据文件', 'this data file is missing');
    return undefined;
  }
  // Invalid UTF-8 is refused, not patched with U+FFFD: a patched file would be another file.
  if (!isUtf8(bytes)) {
    report.fail('data', 'data-invalid', path, '不是有效的 UTF-8 文本', 'not valid UTF-8 text');
    return undefined;
  }
  return bytes.toString('utf8');
}

/** Valid JSON, and exactly its canonical bytes (docs/bundle-format.md): one content, one form, no key twice. */
function readJson(files: BundleFiles, path: string, report: ReportBuilder): { ok: true; value: unknown } | { ok: false } {
  const text = readText(files, path, report);
  if (text === undefined) return { ok: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    report.fail('data', 'data-invalid', path, '不是有效的 JSON', 'not valid JSON');
    return { ok: false };
  }
  const problem = canonicalTextProblem(text, value);
  if (problem) {
    report.fail('data', `data-${problem.code}`, path, problem.message.zh, problem.message.en);
    return { ok: false };
  }
  return { ok: true, value };
}

function parseAudit(files: BundleFiles, report: ReportBuilder): BundleAuditRow[] | undefined {
  const text = readText(files, DATA.audit, report);
  if (text === undefined) return undefined;
  const rows = parseAuditLog(text);
  if (rows.ok) return rows.value;
  report.fail('data', rows.error.code, DATA.audit, rows.error.message.zh, rows.error.message.en);
  return undefined;
}

function parseFile<S extends z.ZodType>(files: BundleFiles, path: string, schema: S, report: ReportBuilder): z.output<S> | undefined {
  const json = readJson(files, path, report);
  if (!json.ok) return undefined;
  const parsed = schema.safeParse(json.value);
  if (parsed.success) return parsed.data;
  const problems = zodProblems(schema, json.value).slice(0, 3);
  const list = (lang: 'zh' | 'en') => problems.map((p) => `${p.path ?? ''} ${p.message[lang]}`.trim()).join('; ');
  report.fail('data', 'data-invalid', path, `内容格式不对：${list('zh')}`, `content does not have the expected shape: ${list('en')}`);
  return undefined;
}

/** Parses bundle.json and every data file; each file that does not parse is reported by name. */
export function parseBundleData(files: BundleFiles, report: ReportBuilder): ParsedBundle | undefined {
  const bundle = parseFile(files, BUNDLE_JSON, bundleJsonSchema, report);
  const session = parseFile(files, DATA.session, sessionFileSchema, report);
  const protocol = readJson(files, DATA.protocol, report);
  const conflicts = parseFile(files, DATA.conflicts, conflictsFileSchema, report);
  const signatures = parseFile(files, DATA.signatures, signaturesFileSchema, report);
  const summary = parseFile(files, DATA.summary, summarySheetSchema, report);
  const results = parseFile(files, DATA.results, resultsFileSchema, report);
  const proposed = parseFile(files, DATA.proposed, proposedListFileSchema, report);
  const auditRows = parseAudit(files, report);
  // Canonical JSON like every data file (the office signs it so); its bytes are kept, for their hash is what the office looks up.
  const issuedPackage = readJson(files, DATA.issuedPackage, report).ok ? files.get(DATA.issuedPackage) : undefined;
  const sheets = new Map<string, ScoreSheet>();
  if (signatures) {
    const referenced = new Set<string>();
    for (const entry of signatures.sheets) {
      referenced.add(entry.file);
      if (!entry.file.startsWith(SHEETS_DIR)) {
        report.fail('data', 'data-invalid', DATA.signatures, `专家 ${entry.expertId} 的评分表不在 ${SHEETS_DIR} 中：${entry.file}`, `the sheet of expert ${entry.expertId} is not under ${SHEETS_DIR}: ${entry.file}`);
        continue;
      }
      const sheet = parseFile(files, entry.file, scoreSheetSchema, report);
      if (sheet) sheets.set(entry.expertId, sheet);
    }
    for (const path of files.keys()) {
      if (path.startsWith(SHEETS_DIR) && !referenced.has(path)) {
        report.fail('data', 'sheet-unsigned', path, '评分表没有对应的签名记录', 'a score sheet without a signature entry');
      }
    }
  }
  if (!bundle || !session || !protocol.ok || !conflicts || !signatures || !summary || !results || !proposed || !auditRows || !issuedPackage || report.hasFailed('data')) return undefined;
  report.pass('data', null, '全部数据文件格式正确', 'every data file has the expected shape');
  return { bundle, session, protocol: protocol.value, conflicts, signatures, summary, results, proposed, auditRows, sheets, issuedPackage };
}
