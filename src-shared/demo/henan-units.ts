import type { Sector, UnitType } from '../domain/vocabulary';
import type { ExpertProfileKey } from './expert-profiles';

/**
 * The units pool members come from. Codes are fixed here, never generated, so a unit keeps its code across
 * seeds and years: conflict-of-interest checks match on codes. Prefix: U university, H hospital,
 * R research institute, O other. `weight` makes universities and hospitals the bulk of the pool (Art. 6).
 * The e-mail domains only need to look plausible; the data is fictitious.
 */
export interface ExpertUnit {
  code: string;
  name: string;
  type: UnitType;
  /** The first sector is the unit's main one; an expert may add one of the others. */
  sectors: readonly Sector[];
  profile: ExpertProfileKey;
  emailDomain: string;
  weight: number;
  /** Replaces the profile's specialties for specialist hospitals. */
  specialties?: readonly string[];
}

const u = (
  code: string,
  name: string,
  type: UnitType,
  sectors: Sector[],
  profile: ExpertProfileKey,
  emailDomain: string,
  weight: number,
  specialties?: string[],
): ExpertUnit => ({ code, name, type, sectors, profile, emailDomain, weight, ...(specialties && { specialties }) });

export const EXPERT_UNITS: readonly ExpertUnit[] = [
  u('HN-U-0001', '郑州大学', 'university', ['education', 'science'], 'comprehensive', 'zzu.edu.cn', 7),
  u('HN-U-0002', '河南大学', 'university', ['education', 'culture'], 'comprehensive', 'henu.edu.cn', 5),
  u('HN-U-0003', '河南师范大学', 'university', ['education'], 'normal', 'htu.edu.cn', 4),
  u('HN-U-0004', '河南理工大学', 'university', ['education', 'science'], 'engineering', 'hpu.edu.cn', 4),
  u('HN-U-0005', '河南农业大学', 'university', ['education', 'science'], 'agriculture', 'henau.edu.cn', 4),
  u('HN-U-0006', '河南科技大学', 'university', ['education', 'science'], 'engineering', 'haust.edu.cn', 4),
  u('HN-U-0007', '河南中医药大学', 'university', ['education', 'health'], 'tcm-school', 'hactcm.edu.cn', 3),
  u('HN-U-0008', '新乡医学院', 'university', ['education', 'health'], 'medical-school', 'xxmu.edu.cn', 3),
  u('HN-U-0009', '河南工业大学', 'university', ['education', 'science'], 'engineering', 'haut.edu.cn', 3),
  u('HN-U-0010', '华北水利水电大学', 'university', ['education', 'science'], 'engineering', 'ncwu.edu.cn', 3),
  u('HN-U-0011', '郑州轻工业大学', 'university', ['education', 'science'], 'engineering', 'zzuli.edu.cn', 3),
  u('HN-U-0012', '河南财经政法大学', 'university', ['education'], 'finance', 'huel.edu.cn', 2),
  u('HN-U-0013', '河南体育学院', 'university', ['sports', 'education'], 'sports-college', 'hnisu.edu.cn', 2),
  u('HN-U-0014', '信阳师范大学', 'university', ['education'], 'normal', 'xynu.edu.cn', 2),
  u('HN-U-0015', '洛阳师范学院', 'university', ['education', 'culture'], 'normal', 'lynu.edu.cn', 2),

  u('HN-H-0001', '河南省人民医院', 'hospital', ['health', 'science'], 'hospital', 'hnsrmyy.com', 6),
  u('HN-H-0002', '郑州大学第一附属医院', 'hospital', ['health', 'education'], 'hospital', 'zzfyy.com', 6),
  u('HN-H-0003', '河南省肿瘤医院', 'hospital', ['health', 'science'], 'hospital', 'hnszlyy.com', 3, [
    '肿瘤内科', '肿瘤外科', '放射治疗', '病理学', '胸外科', '血液科',
  ]),
  u('HN-H-0004', '河南省儿童医院', 'hospital', ['health'], 'hospital', 'hnetyy.net', 3, [
    '小儿内科', '新生儿科', '小儿外科', '儿童保健', '小儿心血管', '儿童血液肿瘤',
  ]),
  u('HN-H-0005', '河南中医药大学第一附属医院', 'hospital', ['health', 'education'], 'tcm-hospital', 'hnzyfy.com', 3),
  u('HN-H-0006', '新乡医学院第一附属医院', 'hospital', ['health', 'education'], 'hospital', 'xyyfy.com', 2),
  u('HN-H-0007', '洛阳市中心医院', 'hospital', ['health'], 'hospital', 'lyzxyy.com', 2),
  u('HN-H-0008', '河南科技大学第一附属医院', 'hospital', ['health', 'education'], 'hospital', 'kdyfy.com', 2),
  u('HN-H-0009', '河南省中医院', 'hospital', ['health'], 'tcm-hospital', 'hnszyy.com', 2),
  u('HN-H-0010', '河南省胸科医院', 'hospital', ['health'], 'hospital', 'hnxkyy.com', 2, [
    '胸外科', '心血管内科', '呼吸内科', '结核病学', '心脏外科',
  ]),

  u('HN-R-0001', '河南省科学院', 'research-institute', ['science'], 'research', 'hnas.ac.cn', 3),
  u('HN-R-0002', '河南省农业科学院', 'research-institute', ['science'], 'agri-research', 'hnagri.org.cn', 3),
  u('HN-R-0003', '河南省社会科学院', 'research-institute', ['science', 'culture'], 'social-research', 'hnass.com.cn', 2),
  u('HN-R-0004', '河南省文物考古研究院', 'research-institute', ['culture', 'science'], 'archaeology', 'hnkgs.com', 1),
  u('HN-R-0005', '河南省体育科学研究所', 'research-institute', ['sports', 'science'], 'sports-science', 'hnsports.cn', 1),

  u('HN-O-0001', '河南博物院', 'other', ['culture'], 'museum', 'chnmus.net', 2),
  u('HN-O-0002', '河南省图书馆', 'other', ['culture'], 'library', 'henanlib.cn', 2),
  u('HN-O-0003', '河南省体育局训练中心', 'other', ['sports'], 'training-centre', 'hnsports.cn', 2),
  u('HN-O-0004', '河南省豫剧院', 'other', ['culture'], 'opera', 'hnyjy.cn', 1),
  u('HN-O-0005', '中原出版传媒集团', 'other', ['culture'], 'publishing', 'zypm.com.cn', 1),
];
