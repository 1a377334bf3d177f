/** Strings of the guided forms: the rubric table and tie-break list, draw quota proposal, year picker, nomination read view, office tabs. */
export const guidedZhCN = {
  rubric: {
    name: '评分项',
    nameZh: '名称（中文）',
    nameEn: '名称（英文）',
    points: '满分',
    descriptors: '评分说明',
    descriptorsZh: '评分说明（中文）',
    descriptorsEn: '评分说明（英文）',
    order: '序号',
    moveUp: '上移',
    moveDown: '下移',
  },
  tieBreak: {
    heading: '同分处理顺序',
    hint: '总分相同时，按下列规则依次比较，直到分出先后。专家组表决只能放在最后。',
    add: '添加规则',
    none: '未设同分处理规则：同分的推荐对象并列。',
    item: '同分处理 {{n}}',
  },
  draw: {
    panelSize: '专家组人数',
    fromPackage: '评审会授权包 {{sessionId}} 规定专家组 {{panelSize}} 人',
    proposalHint: '名额已按各类别可抽取人数的比例建议（每类不超过可抽取人数和单位上限），每个名额配 1 名候补；可逐项修改。',
    seatsTotal: '名额合计 {{seats}} 人',
    seatsMismatch: '名额合计 {{seats}} 人，与专家组人数 {{panelSize}} 人不一致',
    repropose: '按专家组人数重新建议',
    exclusionsExplained:
      '回避清单列出与本年度推荐对象有利害关系、不参加本次抽取的单位和专家：{{units}} 个单位是推荐对象的工作单位或推荐单位，这些单位的专家一律不抽；另有 {{experts}} 名专家因申报回避该单位、与领衔人或团队成员同名或参加过上一年度评审而不抽。',
    showExclusions: '查看回避清单',
  },
  year: {
    hint: '选择本机正在办理的评审年度。列表中是数据里已有的年度及其进度，也可以选择新的年度开始办理。',
    option: '{{year}} 年度 · {{state}}（推荐对象 {{nominations}} 个）',
    started: '已开始',
    optionEmpty: '{{year}} 年度 · 尚无数据（新年度）',
    thisComputer: '本机信息',
  },
  nomination: {
    edit: '编辑',
    none: '（无）',
    leader: '{{name}}（{{gender}}，{{year}} 年生）',
    withDetails: '{{text}}（{{details}}）',
    sep: '，',
    listSep: '、',
    founded: '成立时间',
    exclusion: '第五条',
  },
  office: {
    verifyTab: '结果包核验（办公室）',
    keysTab: '本机密钥（会场电脑）',
  },
};
