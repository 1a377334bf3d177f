import { formatLocalTime } from '../../src-shared/time/local-time';
import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import { verifyProtocol, type DrawProtocol } from '../../src-shared/draw/protocol';
import { rulesHash, sessionRulesSchema, type SessionRules } from '../../src-shared/scoring/session-rules';
import { BUNDLE_JSON, DATA } from './layout';
import { firstDifference, shown } from './first-difference';
import type { ParsedBundle } from './parse-data';
import { declaredConflicts, drawConflicts } from './render';
import type { ReportBuilder } from './report';

/** bundle.json agrees with the session it carries, and is signed by the key that signed the bundle. */
export function checkBundleInfo(p: ParsedBundle, signerKeyId: string, report: ReportBuilder): void {
  const { bundle, session } = p;
  const pairs: [string, unknown, unknown][] = [
    ['sessionId', bundle.sessionId, session.sessionId],
    ['year', bundle.year, session.year],
    ['drawId', bundle.drawId, session.drawId],
    ['rulesHash', bundle.rulesHash, session.rulesHash],
    ['issuedPackageSha256', bundle.issuedPackageSha256, sha256Hex(p.issuedPackage)],
  ];
  for (const [field, a, b] of pairs) {
    if (a !== b) {
      report.fail('bundle', 'bundle-info-mismatch', BUNDLE_JSON, `${field} 为 ${shown(a)}，数据文件中为 ${shown(b)}`, `${field} is ${shown(a)} but the data files say ${shown(b)}`);
      return;
    }
  }
  if (bundle.signerKeyId !== signerKeyId) {
    report.fail('bundle', 'bundle-info-mismatch', BUNDLE_JSON, `写明的签名密钥 ${bundle.signerKeyId} 不是实际签名的密钥 ${signerKeyId}`, `names signing key ${bundle.signerKeyId}, but the bundle was signed by ${signerKeyId}`);
    return;
  }
  report.pass('bundle', BUNDLE_JSON, `评审会 ${bundle.sessionId}，${bundle.year} 年度，${formatLocalTime(bundle.createdAt, 'zh-CN')} 生成`, `session ${bundle.sessionId}, year ${bundle.year}, made ${formatLocalTime(bundle.createdAt, 'en')}`);
}

/** The rules are valid, in their stored form, hash to the frozen hash, and name this session, year and nominations. */
export function checkRules(p: ParsedBundle, report: ReportBuilder): SessionRules | undefined {
  const { session } = p;
  const parsed = sessionRulesSchema.safeParse(session.rules);
  const fail = (zh: string, en: string) => {
    report.fail('rules', 'rules-mismatch', DATA.session, zh, en);
    return undefined;
  };
  if (!parsed.success) return fail('评审规则无效', 'the session rules are not valid');
  const rules = parsed.data;
  if (canonicalJson(rules) !== canonicalJson(session.rules)) return fail('评审规则不是存储时的完整形式', 'the session rules are not in their stored, complete form');
  const hash = rulesHash(rules);
  if (hash !== session.rulesHash) return fail(`规则哈希应为 ${hash}，记录为 ${session.rulesHash}（规则被改动）`, `the rules hash to ${hash}, but ${session.rulesHash} is recorded (the rules were changed)`);
  if (rules.sessionId !== session.sessionId || rules.year !== session.year) return fail('规则中的评审会编号或年度与评审会不符', 'the rules name another session or year');
  const ids = session.nominations.map((n) => n.id);
  const d = firstDifference(rules.nominationIds, ids, 'nominationIds');
  if (d) return fail(`规则中的推荐对象与评审会的推荐对象不一致（${d.path}）`, `the rules' nominations are not the session's nominations (${d.path})`);
  report.pass('rules', DATA.session, `规则哈希 ${hash} 相符`, `rules hash ${hash} matches`);
  return rules;
}

/** The draw recomputed from its protocol (pool snapshot, configuration, witnesses' digits), and it seated this panel. */
export function checkDraw(p: ParsedBundle, report: ReportBuilder): DrawProtocol | undefined {
  const verified = verifyProtocol(p.protocol);
  if (!verified.ok) {
    report.fail('draw', 'draw-mismatch', DATA.protocol, verified.error.message.zh, verified.error.message.en);
    return undefined;
  }
  const v = verified.value;
  const protocol = p.protocol as DrawProtocol;
  const fail = (zh: string, en: string) => {
    report.fail('draw', 'draw-panel-mismatch', DATA.session, zh, en);
    return protocol;
  };
  if (v.drawId !== p.session.drawId) return fail(`抽取记录是 ${v.drawId}，评审会记录的是 ${p.session.drawId}`, `the protocol is of draw ${v.drawId}, the session names ${p.session.drawId}`);
  if (v.seed !== p.session.drawSeed) return fail('评审会记录的随机种子与抽取记录重算的不同', "the session's draw seed is not the protocol's recomputed seed");
  const seated = v.panel.panel.map((s) => s.expertId);
  const panel = p.session.panel.map((m) => m.expertId);
  const d = firstDifference(panel, seated, 'panel');
  if (d) return fail(`专家组与抽取结果不一致（${d.path}：${shown(d.recorded)} ≠ ${shown(d.recomputed)}）`, `the panel is not the one the draw seated (${d.path}: ${shown(d.recorded)} ≠ ${shown(d.recomputed)})`);
  report.pass('draw', DATA.protocol, `重算一致：种子 ${v.seed}，专家组 ${seated.join('、')}`, `recomputes: seed ${v.seed}, panel ${seated.join(', ')}`);
  return protocol;
}

/**
 * The conflicts file is what the draw excluded and what the experts declared on their signed sheets. `protocol` is
 * the verified protocol (its configuration is only meaningful once the draw recomputes).
 */
export function checkConflicts(p: ParsedBundle, protocol: DrawProtocol | undefined, report: ReportBuilder): void {
  const expectedDraw = protocol ? drawConflicts(protocol) : undefined;
  const d1 = expectedDraw ? firstDifference(p.conflicts.draw, expectedDraw, 'draw') : null;
  const d2 = firstDifference(p.conflicts.declared, declaredConflicts([...p.sheets.values()]), 'declared');
  const d = d1 ?? d2;
  if (d) {
    report.fail('conflicts', 'conflicts-mismatch', DATA.conflicts, `${d.path} 与抽取记录或评分表不符：记录 ${shown(d.recorded)}，应为 ${shown(d.recomputed)}`, `${d.path} does not match the protocol or the sheets: ${shown(d.recorded)} recorded, ${shown(d.recomputed)} expected`);
    return;
  }
  report.pass('conflicts', DATA.conflicts, `抽取前回避 ${p.conflicts.draw.excludedUnitCodes.length} 个单位、${p.conflicts.draw.excludedIds.length} 位专家；评分时申报回避 ${p.conflicts.declared.length} 项`, `${p.conflicts.draw.excludedUnitCodes.length} units and ${p.conflicts.draw.excludedIds.length} experts excluded before the draw; ${p.conflicts.declared.length} conflicts declared while scoring`);
}
