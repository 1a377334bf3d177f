/**
 * Henan's administrative places (as of 2024), for telling an honour's level from its wording.
 * Source: shared/henan-places.md. 市级 needs a prefecture-level issuer: one of the 17 省辖市 or the
 * 济源示范区. Districts (区), county-level cities (县级市) and counties (县) are 县级, whatever their
 * administrative pilots. A place not listed here is not guessed at: the honour goes to a reviewer.
 *
 * Plain data: the office may correct it; the classifier indexes it once at load.
 */

export interface Prefecture {
  /** Full name as written on certificates, e.g. 郑州市. */
  name: string;
  /** The name without 市, e.g. 郑州. */
  short: string;
  /** Other names of the same prefecture-level place, e.g. 济源产城融合示范区. */
  aliases: string[];
  /** 区. */
  districts: string[];
  /** 县级市. */
  countyCities: string[];
  /** 县. */
  counties: string[];
}

export interface FormerPlaceName {
  /** As still written on old certificates, e.g. 偃师市. */
  name: string;
  /** What it is now, e.g. 偃师区. */
  now: string;
  /** The honour level its name stands for. */
  level: 'county' | 'city';
  /** The prefecture (Prefecture.name) it belongs to. */
  prefecture: string;
}

export const HENAN_PREFECTURES: readonly Prefecture[] = [
  {
    name: '郑州市',
    short: '郑州',
    aliases: [],
    districts: ['中原区', '二七区', '管城回族区', '金水区', '上街区', '惠济区'],
    countyCities: ['巩义市', '荥阳市', '新密市', '新郑市', '登封市'],
    counties: ['中牟县'],
  },
  {
    name: '开封市',
    short: '开封',
    aliases: [],
    districts: ['龙亭区', '顺河回族区', '鼓楼区', '禹王台区', '祥符区'],
    countyCities: [],
    counties: ['杞县', '通许县', '尉氏县', '兰考县'],
  },
  {
    name: '洛阳市',
    short: '洛阳',
    aliases: [],
    districts: ['老城区', '西工区', '瀍河回族区', '涧西区', '偃师区', '孟津区', '洛龙区'],
    countyCities: [],
    counties: ['新安县', '栾川县', '嵩县', '汝阳县', '宜阳县', '洛宁县', '伊川县'],
  },
  {
    name: '平顶山市',
    short: '平顶山',
    aliases: [],
    districts: ['新华区', '卫东区', '石龙区', '湛河区'],
    countyCities: ['舞钢市', '汝州市'],
    counties: ['宝丰县', '叶县', '鲁山县', '郏县'],
  },
  {
    name: '安阳市',
    short: '安阳',
    aliases: [],
    districts: ['文峰区', '北关区', '殷都区', '龙安区'],
    countyCities: ['林州市'],
    counties: ['安阳县', '汤阴县', '滑县', '内黄县'],
  },
  {
    name: '鹤壁市',
    short: '鹤壁',
    aliases: [],
    districts: ['鹤山区', '山城区', '淇滨区'],
    countyCities: [],
    counties: ['浚县', '淇县'],
  },
  {
    name: '新乡市',
    short: '新乡',
    aliases: [],
    districts: ['红旗区', '卫滨区', '凤泉区', '牧野区'],
    countyCities: ['卫辉市', '辉县市', '长垣市'],
    counties: ['新乡县', '获嘉县', '原阳县', '延津县', '封丘县'],
  },
  {
    name: '焦作市',
    short: '焦作',
    aliases: [],
    districts: ['解放区', '中站区', '马村区', '山阳区'],
    countyCities: ['沁阳市', '孟州市'],
    counties: ['修武县', '博爱县', '武陟县', '温县'],
  },
  {
    name: '濮阳市',
    short: '濮阳',
    aliases: [],
    districts: ['华龙区'],
    countyCities: [],
    counties: ['清丰县', '南乐县', '范县', '台前县', '濮阳县'],
  },
  {
    name: '许昌市',
    short: '许昌',
    aliases: [],
    districts: ['魏都区', '建安区'],
    countyCities: ['禹州市', '长葛市'],
    counties: ['鄢陵县', '襄城县'],
  },
  {
    name: '漯河市',
    short: '漯河',
    aliases: [],
    districts: ['源汇区', '郾城区', '召陵区'],
    countyCities: [],
    counties: ['舞阳县', '临颍县'],
  },
  {
    name: '三门峡市',
    short: '三门峡',
    aliases: [],
    districts: ['湖滨区', '陕州区'],
    countyCities: ['义马市', '灵宝市'],
    counties: ['渑池县', '卢氏县'],
  },
  {
    name: '南阳市',
    short: '南阳',
    aliases: [],
    districts: ['宛城区', '卧龙区'],
    countyCities: ['邓州市'],
    counties: ['南召县', '方城县', '西峡县', '镇平县', '内乡县', '淅川县', '社旗县', '唐河县', '新野县', '桐柏县'],
  },
  {
    name: '商丘市',
    short: '商丘',
    aliases: [],
    districts: ['梁园区', '睢阳区'],
    countyCities: ['永城市'],
    counties: ['民权县', '睢县', '宁陵县', '柘城县', '虞城县', '夏邑县'],
  },
  {
    name: '信阳市',
    short: '信阳',
    aliases: [],
    districts: ['浉河区', '平桥区'],
    countyCities: [],
    counties: ['罗山县', '光山县', '新县', '商城县', '固始县', '潢川县', '淮滨县', '息县'],
  },
  {
    name: '周口市',
    short: '周口',
    aliases: [],
    districts: ['川汇区', '淮阳区'],
    countyCities: ['项城市'],
    counties: ['扶沟县', '西华县', '商水县', '沈丘县', '郸城县', '太康县', '鹿邑县'],
  },
  {
    name: '驻马店市',
    short: '驻马店',
    aliases: [],
    districts: ['驿城区'],
    countyCities: [],
    counties: ['西平县', '上蔡县', '平舆县', '正阳县', '确山县', '泌阳县', '汝南县', '遂平县', '新蔡县'],
  },
  {
    // A province-administered zone at prefecture level; no districts, county-level cities or counties.
    name: '济源示范区',
    short: '济源',
    aliases: ['济源产城融合示范区'],
    districts: [],
    countyCities: [],
    counties: [],
  },
];

/** Names still found on old certificates. */
export const FORMER_PLACE_NAMES: readonly FormerPlaceName[] = [
  { name: '偃师市', now: '偃师区', level: 'county', prefecture: '洛阳市' },
  { name: '吉利区', now: '孟津区', level: 'county', prefecture: '洛阳市' },
  // The seed puts 济源 beside the 省辖市: its honours are 市级 unless the office decides otherwise.
  { name: '济源市', now: '济源示范区', level: 'city', prefecture: '济源示范区' },
  { name: '许昌县', now: '建安区', level: 'county', prefecture: '许昌市' },
  { name: '开封县', now: '祥符区', level: 'county', prefecture: '开封市' },
  { name: '陕县', now: '陕州区', level: 'county', prefecture: '三门峡市' },
  { name: '淮阳县', now: '淮阳区', level: 'county', prefecture: '周口市' },
];

/** Provinces, municipalities and autonomous regions other than Henan (bare names, as written before 省/市). */
export const OTHER_PROVINCES: readonly string[] = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '湖北', '湖南', '广东', '广西', '海南', '四川', '贵州', '云南', '西藏', '陕西',
  '甘肃', '青海', '宁夏', '新疆', '香港', '澳门', '台湾',
];
