/** Every string the page shows, Chinese first (the page opens in Chinese; one button switches to English). */
export const STRINGS = {
  title: { zh: '结果包核验页', en: 'Result bundle verification page' },
  intro: {
    zh: '本页在浏览器中离线核验评审结果包：逐一核对文件哈希、结果包签名、每位专家和组长的签名，按协议重算专家抽取，从原始评分重算汇总与排名，并核对审计日志链。所用的核验代码与评审系统本身的相同。本页不联网，不上传任何文件。',
    en: 'This page checks a result bundle offline, in the browser: every file hash, the bundle signature, every expert and leader signature, the expert draw recomputed from its protocol, the aggregation and ranking recomputed from the raw scores, and the audit-log chain. It runs the same verification code as the review app. It makes no network connection and uploads nothing.',
  },
  caution: {
    zh: '注意：随结果包一同分发的核验页本身不能证明任何事情——改动结果包的人也可以改动本页。请先核对下面的 SHA-256 与评审系统“关于”页面、README 或汇总表上公布的值完全一致，再相信本页的结论。',
    en: 'Caution: a verification page shipped inside a bundle proves nothing by itself: whoever altered the bundle could alter this page too. First compare the SHA-256 below with the one printed in the review app (About), the README or the summary sheet; only then trust what this page says.',
  },
  ownHash: { zh: '本页的 SHA-256（由本页按自身内容计算）', en: "This page's SHA-256 (computed by the page from its own content)" },
  folderPage: { zh: '所选文件夹中 verify.html 的 SHA-256', en: 'SHA-256 of verify.html in the chosen folder' },
  same: { zh: '与本页相同', en: 'the same as this page' },
  differs: { zh: '与本页不同！', en: 'differs from this page!' },
  pick: { zh: '选择结果包文件夹', en: 'Choose the bundle folder' },
  pickHint: {
    zh: '请选择整个结果包文件夹（其中有 manifest.sha256 和 signature.json）。如果浏览器不能选择文件夹，可以把文件夹拖到这里。',
    en: 'Choose the whole bundle folder (it holds manifest.sha256 and signature.json). If the browser cannot choose folders, drag the folder onto this page.',
  },
  drop: { zh: '把结果包文件夹拖到这里', en: 'Drop the bundle folder here' },
  reading: { zh: '正在读取并计算文件哈希', en: 'Reading and hashing files' },
  checking: { zh: '正在核验签名并重算', en: 'Checking signatures and recomputing' },
  verified: { zh: '核验通过', en: 'VERIFIED' },
  refused: { zh: '核验未通过', en: 'NOT VERIFIED' },
  failedChecks: { zh: '未通过的检查', en: 'Failed checks' },
  allChecks: { zh: '全部检查', en: 'All checks' },
  engineWebCrypto: { zh: '签名由本浏览器的 WebCrypto（Ed25519）核验。', en: "Signatures were checked with this browser's WebCrypto (Ed25519)." },
  engineNoble: {
    zh: '本浏览器的 WebCrypto 不支持 Ed25519，签名由本页内置的 @noble/curves（经审计的 Ed25519 实现，按 RFC 8032 严格规则）核验。',
    en: "This browser's WebCrypto has no Ed25519; signatures were checked with the page's bundled @noble/curves (an audited Ed25519, RFC 8032 strict rules).",
  },
  noFiles: { zh: '没有读到任何文件', en: 'No files were read' },
  error: { zh: '核验时出错', en: 'Verification stopped with an error' },
  signer: { zh: '结果包签名密钥', en: 'Bundle signing key' },
  signerNote: {
    zh: '本页信任结果包所附的密钥：请将下面的指纹与会场签字纸件上的指纹逐组核对，一致才说明结果包来自该会场电脑。',
    en: 'This page trusts the key attached to the bundle: compare the fingerprint below, group by group, with the one on the paper signed at the meeting; only if they agree does the bundle come from that meeting laptop.',
  },
  experts: { zh: '专家评分表签名密钥', en: "Experts' score-sheet keys" },
  leader: { zh: '组长汇总表签名密钥', en: "Panel leader's summary key" },
  notPerformed: {
    zh: '“办公室签发的授权包”一项只有在办公室的评审系统中才能核对（需要办公室的签发记录），本页不做此项检查。',
    en: "The check of the package issued by the office can only be made in the office's review app (it needs the office's record of what it issued); this page does not make it.",
  },
  session: { zh: '评审会', en: 'Session' },
  year: { zh: '年度', en: 'Year' },
  bundleHash: { zh: '结果包 SHA-256（清单的哈希）', en: 'Bundle SHA-256 (hash of the manifest)' },
  files: { zh: '文件数', en: 'Files' },
  checkedAt: { zh: '核验时间', en: 'Checked at' },
  print: { zh: '打印核验结果', en: 'Print the result' },
  language: { zh: 'English', en: '中文' },
  version: { zh: '核验页版本', en: 'Page version' },
  status: {
    passed: { zh: '通过', en: 'passed' },
    failed: { zh: '未通过', en: 'failed' },
    skipped: { zh: '未进行', en: 'not run' },
    'not-checked': { zh: '未核对', en: 'not checked' },
  },
} as const;

export type Lang = 'zh' | 'en';
