import type { Gender } from '../domain/vocabulary';
import type { Rng } from './random';

/** "汉字:pinyin" pairs; the pinyin gives plausible e-mail addresses. Most common surnames (in Henan) first. */
const pairs = (text: string) =>
  text
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [hanzi, pinyin] = pair.split(':');
      return { hanzi, pinyin };
    });

const SURNAMES = pairs(`
  王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 赵:zhao 郭:guo 孙:sun 周:zhou 马:ma 朱:zhu 胡:hu 高:gao
  徐:xu 吴:wu 宋:song 郑:zheng 黄:huang 韩:han 冯:feng 程:cheng 曹:cao 许:xu 谢:xie 董:dong 魏:wei
  崔:cui 闫:yan 田:tian 任:ren 杜:du 袁:yuan 吕:lv 苏:su 贾:jia 丁:ding 梁:liang 范:fan 付:fu 姚:yao
  薛:xue 邓:deng 常:chang 史:shi 秦:qin 孟:meng 侯:hou 牛:niu 申:shen 毛:mao 康:kang 白:bai 尹:yin
  彭:peng 方:fang 石:shi 雷:lei 段:duan 蒋:jiang 乔:qiao 武:wu 岳:yue 卢:lu 潘:pan 葛:ge 耿:geng
`);

const MALE_GIVEN = pairs(`
  建国:jianguo 建华:jianhua 建军:jianjun 国强:guoqiang 国庆:guoqing 志强:zhiqiang 志刚:zhigang 志勇:zhiyong
  卫东:weidong 卫国:weiguo 新民:xinmin 永胜:yongsheng 永刚:yonggang 海涛:haitao 海峰:haifeng 晓东:xiaodong
  晓峰:xiaofeng 文斌:wenbin 文杰:wenjie 明亮:mingliang 俊杰:junjie 振华:zhenhua 振宇:zhenyu 宏伟:hongwei
  春雷:chunlei 德胜:desheng 光明:guangming 学军:xuejun 长青:changqing 松涛:songtao 鹏飞:pengfei 浩然:haoran
  博文:bowen 立新:lixin 红旗:hongqi 保国:baoguo 留柱:liuzhu 铁军:tiejun 金山:jinshan 玉林:yulin 庆华:qinghua
  中原:zhongyuan 向东:xiangdong 跃进:yuejin 利民:limin 广志:guangzhi 怀德:huaide 书林:shulin 瑞祥:ruixiang
  家豪:jiahao 一鸣:yiming 思远:siyuan 世杰:shijie 少华:shaohua 伟:wei 强:qiang 军:jun 磊:lei 涛:tao
  斌:bin 鹏:peng 辉:hui 峰:feng 刚:gang 杰:jie 勇:yong 毅:yi 超:chao 亮:liang 波:bo 宁:ning 凯:kai 旭:xu 昊:hao
`);

const FEMALE_GIVEN = pairs(`
  红梅:hongmei 秀英:xiuying 桂英:guiying 丽华:lihua 丽娟:lijuan 玉兰:yulan 玉珍:yuzhen 淑芬:shufen
  淑珍:shuzhen 春霞:chunxia 海燕:haiyan 晓燕:xiaoyan 晓红:xiaohong 晓丽:xiaoli 艳红:yanhong 艳玲:yanling
  雪梅:xuemei 冬梅:dongmei 凤英:fengying 慧敏:huimin 静怡:jingyi 文静:wenjing 佳琪:jiaqi 雅琴:yaqin
  素芳:sufang 翠萍:cuiping 美玲:meiling 婷婷:tingting 丹丹:dandan 莉莉:lili 倩倩:qianqian 瑞芳:ruifang
  爱华:aihua 爱玲:ailing 金凤:jinfeng 巧云:qiaoyun 彩霞:caixia 红霞:hongxia 亚楠:yanan 晓静:xiaojing
  思雨:siyu 欣怡:xinyi 梦瑶:mengyao 立红:lihong 建英:jianying 卫红:weihong 春燕:chunyan 秋菊:qiuju
  芳:fang 敏:min 静:jing 燕:yan 霞:xia 娟:juan 玲:ling 萍:ping 颖:ying 洁:jie 琳:lin 雪:xue 艳:yan
  莉:li 娜:na 蕾:lei 璐:lu 晶:jing 慧:hui 丹:dan
`);

export interface PersonName {
  name: string;
  pinyin: string;
}

/**
 * Hands out names never used before in the same demo year, so experts, leaders and team members never
 * share a name (a shared name would look like a conflict of interest that is not there).
 */
export function createNamer(rng: Rng): (gender: Gender) => PersonName {
  const used = new Set<string>();
  return (gender) => {
    for (;;) {
      const surname = rng.pickFront(SURNAMES);
      const given = rng.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
      const name = surname.hanzi + given.hanzi;
      if (used.has(name)) continue;
      used.add(name);
      return { name, pinyin: surname.pinyin + given.pinyin };
    }
  };
}
