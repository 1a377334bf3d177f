/**
 * What a pool member at each kind of unit is likely to be: titles (from the dictionary in titles.ts, most
 * common first) and specialties. 一级教练 is left out on purpose: in the coaches' title system it is an
 * intermediate title, whatever the dictionary says, so using it would skew the full-senior share.
 */
export interface ExpertProfile {
  full: readonly string[];
  associate: readonly string[];
  specialties: readonly string[];
}

const list = (text: string) => text.trim().split(/\s+/);

export const EXPERT_PROFILES = {
  comprehensive: {
    full: ['教授', '研究员', '正高级实验师'],
    associate: ['副教授', '副研究员', '高级实验师'],
    specialties: list('材料科学与工程 化学工程 计算机科学与技术 中国语言文学 历史学 物理学 生物学 公共卫生 管理科学与工程 机械工程 教育学 法学'),
  },
  normal: {
    full: ['教授', '研究员'],
    associate: ['副教授', '高级实验师'],
    specialties: list('教育学 心理学 数学 化学 生命科学 中国语言文学 音乐学 学前教育 体育教育 教育技术学'),
  },
  engineering: {
    full: ['教授', '正高级工程师', '正高级实验师'],
    associate: ['副教授', '高级工程师'],
    specialties: list('采矿工程 安全科学与工程 机械设计制造 水利工程 电气工程 食品科学与工程 粮食储藏 土木工程 材料成型 自动化 软件工程'),
  },
  agriculture: {
    full: ['教授', '研究员', '正高级农艺师'],
    associate: ['副教授', '高级农艺师'],
    specialties: list('作物遗传育种 植物保护 农业机械化 畜牧学 兽医学 园艺学 土壤学 烟草学 农产品加工'),
  },
  'tcm-school': {
    full: ['教授', '主任医师', '主任药师'],
    associate: ['副教授', '副主任医师'],
    specialties: list('中医内科学 针灸推拿学 中药学 方剂学 中医骨伤科学 中西医结合临床'),
  },
  'medical-school': {
    full: ['教授', '主任医师', '研究员'],
    associate: ['副教授', '副主任医师'],
    specialties: list('临床医学 基础医学 医学检验 精神病学 护理学 药学 医学影像学 预防医学'),
  },
  finance: {
    full: ['教授', '正高级会计师', '正高级经济师'],
    associate: ['副教授', '高级会计师'],
    specialties: list('会计学 财政学 金融学 经济法 统计学 工商管理'),
  },
  'sports-college': {
    full: ['教授', '国家级教练'],
    associate: ['副教授', '高级教练'],
    specialties: list('运动训练 运动人体科学 体育教育训练学 武术与民族传统体育 运动康复 体育管理'),
  },
  hospital: {
    full: ['主任医师', '主任医师', '主任护师', '主任药师', '主任技师'],
    associate: ['副主任医师', '副主任护师', '副主任技师'],
    specialties: list('心血管内科 神经外科 呼吸与危重症医学 消化内科 普通外科 骨科 妇产科 重症医学 麻醉学 急诊医学 内分泌科 肾内科'),
  },
  'tcm-hospital': {
    full: ['主任医师', '主任药师', '主任护师'],
    associate: ['副主任医师', '副主任护师'],
    specialties: list('中医内科 针灸科 中医妇科 中医骨伤科 脾胃病科 中医儿科'),
  },
  research: {
    full: ['研究员', '正高级工程师'],
    associate: ['副研究员', '高级工程师'],
    specialties: list('生物技术 新材料 应用化学 信息技术 地理信息 能源与环境'),
  },
  'agri-research': {
    full: ['研究员', '正高级农艺师'],
    associate: ['副研究员', '高级农艺师'],
    specialties: list('小麦育种 玉米育种 植物保护 土壤肥料 农产品加工 畜禽养殖 经济作物 林木育种'),
  },
  'social-research': {
    full: ['研究员'],
    associate: ['副研究员'],
    specialties: list('中原文化 区域经济 社会学 历史学 法学 文学'),
  },
  archaeology: {
    full: ['研究馆员', '研究员'],
    associate: ['副研究馆员', '副研究员'],
    specialties: list('夏商考古 汉唐考古 文物保护 古建筑保护'),
  },
  'sports-science': {
    full: ['研究员', '主任医师'],
    associate: ['副研究员'],
    specialties: list('运动生理 运动营养 运动医学 体能训练'),
  },
  museum: {
    full: ['研究馆员'],
    associate: ['副研究馆员'],
    specialties: list('青铜器研究 文物保护修复 陈列展览 博物馆教育 古代书画'),
  },
  library: {
    full: ['研究馆员'],
    associate: ['副研究馆员'],
    specialties: list('古籍保护 文献编目 数字图书馆 地方文献'),
  },
  'training-centre': {
    full: ['国家级教练'],
    associate: ['高级教练'],
    specialties: list('田径 举重 游泳 乒乓球 武术 射击 摔跤 皮划艇'),
  },
  opera: {
    full: ['一级演员', '一级编剧', '一级导演'],
    associate: ['二级演员', '二级导演'],
    specialties: list('豫剧表演 戏曲编剧 戏曲导演 戏曲音乐 舞台美术'),
  },
  publishing: {
    full: ['编审'],
    associate: ['副编审'],
    specialties: list('图书编辑 古籍整理 数字出版 教材出版'),
  },
} satisfies Record<string, ExpertProfile>;

export type ExpertProfileKey = keyof typeof EXPERT_PROFILES;

/** A nurse, pharmacist or technician works in that field whatever the unit; the title decides. */
export const SPECIALTIES_BY_TITLE: Readonly<Record<string, readonly string[]>> = {
  主任护师: list('护理管理 急危重症护理 肿瘤护理 手术室护理'),
  副主任护师: list('专科护理 伤口造口护理 护理教育'),
  主任药师: list('临床药学 药剂学 中药学'),
  主任技师: list('医学检验 医学影像技术 病理技术'),
  副主任技师: list('医学检验 放射技术'),
};

/** Why an associate-senior expert is in the pool at all (Art. 6 wants it recorded). */
export const NON_SENIOR_REASONS: readonly string[] = [
  '该专业方向省内正高级专家较少，经所在单位推荐入库',
  '长期从事一线技术工作，技术专长突出，经省教科文卫体工会同意入库',
  '已通过正高级职称评审公示，待发文',
  '多次参加市级创新工作室评审，熟悉评审工作',
  '具有国家级技能大师工作室建设经验，经单位推荐入库',
  '基层单位专家，为保证评审专家结构合理而入库',
];
