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
};
