import type { Sector } from '../domain/vocabulary';

/**
 * The kinds of workplace a studio grows in, with the leader titles found there (full-senior, associate-senior
 * and, for the deliberately failing nominations, intermediate) and the words its paperwork uses.
 */
export interface StudioTemplate {
  sector: Sector;
  full: readonly string[];
  associate: readonly string[];
  intermediate: readonly string[];
  topics: readonly string[];
  equipment: readonly string[];
  place: readonly string[];
}

const list = (text: string) => text.trim().split(/\s+/);

const hospitalPaper = {
  sector: 'health',
  equipment: list('高清腹腔镜 模拟训练人体模型 便携式超声诊断仪 三维打印机 远程会诊系统'),
  place: list('门诊楼 医技楼 科教楼 住院部'),
} as const;

export const STUDIO_TEMPLATES = {
  hospital: {
    ...hospitalPaper,
    full: ['主任医师', '主任护师', '主任技师'],
    associate: ['副主任医师', '副主任护师', '副主任技师'],
    intermediate: ['主治医师', '主管护师'],
    topics: list('胸痛中心建设 微创手术技术推广 急危重症救治 专科护理质量改进 县域医共体远程会诊 卒中绿色通道'),
  },
  'tcm-hospital': {
    ...hospitalPaper,
    full: ['主任医师', '主任药师'],
    associate: ['副主任医师', '副主任药师'],
    intermediate: ['主治医师', '主管药师'],
    topics: list('中医适宜技术推广 针灸康复 中药院内制剂研发 治未病服务 中医护理技术'),
  },
  maternal: {
    ...hospitalPaper,
    full: ['主任医师', '主任护师'],
    associate: ['副主任医师', '副主任护师'],
    intermediate: ['主治医师', '主管护师'],
    topics: list('危重孕产妇救治 新生儿复苏技术 出生缺陷防治 儿童早期发展 助产技术规范化'),
  },
  'high-school': {
    sector: 'education',
    full: ['正高级教师'],
    associate: ['高级教师'],
    intermediate: ['一级教师'],
    topics: list('高中物理实验创新 拔尖创新人才培养 课堂教学改革 青少年科技创新教育 新高考选课走班'),
    equipment: list('数字化实验系统 创客工具 录播教室 三维打印机'),
    place: list('科技楼 实验楼 教学楼'),
  },
  college: {
    sector: 'education',
    full: ['教授'],
    associate: ['副教授', '高级实验师'],
    intermediate: ['讲师', '实验师'],
    topics: list('数控加工技术 产教融合实训基地建设 新能源汽车维修 智能制造技能竞赛 工业机器人应用'),
    equipment: list('五轴数控加工中心 工业机器人实训台 新能源汽车实训台 虚拟仿真实训系统'),
    place: list('实训楼 工程训练中心'),
  },
  'primary-school': {
    sector: 'education',
    full: ['正高级教师'],
    associate: ['高级教师'],
    intermediate: ['一级教师'],
    topics: list('小学科学探究教学 劳动教育课程建设 整本书阅读教学 课后服务课程开发'),
    equipment: list('科学探究实验箱 录播教室 劳动实践基地'),
    place: list('综合楼 科技楼'),
  },
  museum: {
    sector: 'culture',
    full: ['研究馆员'],
    associate: ['副研究馆员'],
    intermediate: ['馆员'],
    topics: list('馆藏青铜器修复 文物数字化展示 研学社教活动 考古成果展示 馆藏书画保护'),
    equipment: list('文物修复工作台 高清文物扫描仪 恒温恒湿柜 便携式X荧光分析仪'),
    place: list('文保中心 业务楼'),
  },
  opera: {
    sector: 'culture',
    full: ['一级演员', '一级编剧', '一级导演'],
    associate: ['二级演员', '二级编剧', '二级导演'],
    intermediate: ['三级演员'],
    topics: list('豫剧经典剧目传承 新编现代戏创作 戏曲进校园 青年演员传帮带 戏曲数字化保存'),
    equipment: list('排练厅音响系统 录音设备 戏曲服装道具'),
    place: list('排练厅 剧院业务楼'),
  },
  library: {
    sector: 'culture',
    full: ['研究馆员'],
    associate: ['副研究馆员'],
    intermediate: ['馆员'],
    topics: list('古籍修复 全民阅读推广 地方文献数字化 少儿阅读服务'),
    equipment: list('古籍修复工作台 书籍扫描仪 数字资源服务器'),
    place: list('古籍部 业务楼'),
  },
  'agri-institute': {
    sector: 'science',
    full: ['研究员', '正高级农艺师'],
    associate: ['副研究员', '高级农艺师'],
    intermediate: ['助理研究员'],
    topics: list('小麦新品种选育 设施蔬菜栽培 病虫害绿色防控 优质花生育种 玉米密植高产'),
    equipment: list('人工气候箱 分子检测平台 田间试验小区 种子检验设备'),
    place: list('科研楼 试验基地'),
  },
  'forestry-institute': {
    sector: 'science',
    full: ['正高级工程师', '研究员'],
    associate: ['高级工程师', '副研究员'],
    intermediate: ['工程师'],
    topics: list('林木良种选育 森林病虫害防治 经济林高效栽培 国土绿化技术推广'),
    equipment: list('组培实验室 无人机测绘系统 苗木繁育温室'),
    place: list('科研楼 试验林场'),
  },
  'sports-school': {
    sector: 'sports',
    full: ['国家级教练'],
    associate: ['高级教练'],
    intermediate: ['一级教练'],
    topics: list('青少年举重训练 田径后备人才培养 科学选材 运动损伤预防 体能训练方法创新'),
    equipment: list('体能测试系统 运动视频分析系统 康复理疗设备'),
    place: list('训练馆 科研楼'),
  },
  'fitness-centre': {
    sector: 'sports',
    full: ['国家级教练'],
    associate: ['高级教练'],
    intermediate: ['一级教练'],
    topics: list('全民健身科学指导 国民体质监测 社会体育指导员培训 太极拳推广'),
    equipment: list('体质监测设备 智能健身器材 运动康复设备'),
    place: list('健身指导站 体质监测站'),
  },
} satisfies Record<string, StudioTemplate>;

export type StudioTemplateKey = keyof typeof STUDIO_TEMPLATES;
