import type { Prng } from './prng';

/** Names for the season generator: departments, their units, candidates. Plausible, not real. */

/** 市直 departments (大连市…) with the kind of units they supervise. */
const CITY_DEPARTMENTS: readonly (readonly [string, UnitKind])[] = [
  ['教育局', 'school'],
  ['卫生健康委员会', 'health'],
  ['交通运输局', 'transport'],
  ['住房和城乡建设局', 'works'],
  ['城市管理局', 'works'],
  ['水务局', 'water'],
  ['农业农村局', 'farm'],
  ['自然资源局', 'farm'],
  ['民政局', 'welfare'],
  ['文化和旅游局', 'culture'],
  ['体育局', 'culture'],
  ['市场监督管理局', 'service'],
  ['生态环境局', 'water'],
  ['人力资源和社会保障局', 'service'],
  ['财政局', 'service'],
  ['应急管理局', 'service'],
  ['海洋发展局', 'water'],
  ['退役军人事务局', 'welfare'],
  ['机关事务管理局', 'service'],
  ['司法局', 'service'],
  ['科学技术局', 'service'],
  ['商务局', 'service'],
  ['统计局', 'service'],
  ['审计局', 'service'],
  ['医疗保障局', 'health'],
  ['公安局', 'service'],
  ['粮食和物资储备局', 'farm'],
  ['工业和信息化局', 'service'],
  ['港口与口岸局', 'transport'],
  ['林业和草原局', 'farm'],
];

/** Districts, county-level cities and the county of 大连. */
const AREAS = [
  '中山区',
  '西岗区',
  '沙河口区',
  '甘井子区',
  '旅顺口区',
  '金州区',
  '普兰店区',
  '瓦房店市',
  '庄河市',
  '长海县',
];

const AREA_DEPARTMENTS: readonly (readonly [string, UnitKind])[] = [
  ['教育局', 'school'],
  ['卫生健康局', 'health'],
  ['人力资源和社会保障局', 'service'],
  ['城市管理局', 'works'],
  ['农业农村局', 'farm'],
  ['住房和城乡建设局', 'works'],
  ['民政局', 'welfare'],
];

type UnitKind =
  | 'school'
  | 'health'
  | 'transport'
  | 'works'
  | 'water'
  | 'farm'
  | 'welfare'
  | 'culture'
  | 'service';

/** Unit names by kind; `#` is replaced by a number (第一, 第二…) so a department never repeats one. */
const UNIT_NAMES: Record<UnitKind, readonly string[]> = {
  school: [
    '第#中学',
    '第#小学',
    '第#幼儿园',
    '实验小学',
    '教师进修学校',
    '青少年活动中心',
    '职业教育中心',
    '特殊教育学校',
  ],
  health: [
    '第#人民医院',
    '中心医院',
    '中医医院',
    '妇幼保健院',
    '疾病预防控制中心',
    '第#社区卫生服务中心',
    '急救中心',
    '血液中心',
  ],
  transport: [
    '公路事业发展中心',
    '第#公路养护站',
    '交通运输服务中心',
    '港航发展中心',
    '客运服务站',
    '车辆管理所',
  ],
  works: [
    '市政服务中心',
    '第#环卫所',
    '园林绿化中心',
    '路灯管理处',
    '建设工程质量监督站',
    '住房保障中心',
    '第#市政养护所',
  ],
  water: [
    '水利事务中心',
    '第#水库管理处',
    '河道管理处',
    '污水处理厂',
    '水文站',
    '环境监测站',
    '海洋渔业服务中心',
  ],
  farm: [
    '农业技术推广中心',
    '动物疫病预防控制中心',
    '林场',
    '第#林场',
    '种子管理站',
    '农业综合执法队',
    '苗圃',
  ],
  welfare: [
    '社会福利院',
    '第#敬老院',
    '儿童福利院',
    '殡仪馆',
    '救助管理站',
    '军休服务中心',
    '光荣院',
  ],
  culture: [
    '图书馆',
    '文化馆',
    '博物馆',
    '体育场馆服务中心',
    '少年儿童图书馆',
    '第#体育运动学校',
    '群众艺术馆',
  ],
  service: [
    '机关服务中心',
    '政务服务中心',
    '信息中心',
    '档案馆',
    '第#服务站',
    '后勤服务中心',
    '综合保障中心',
    '培训中心',
  ],
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 1 → 一, 12 → 十二, 25 → 二十五 (enough for the units of one department). */
export function chineseNumber(n: number): string {
  if (n <= 10) return NUMERALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens - 1]}十${ones ? NUMERALS[ones - 1] : ''}`;
}

export interface DepartmentName {
  name: string;
  /** What its units' names start with: 大连市, 中山区… */
  prefix: string;
  kind: UnitKind;
}

/** `count` distinct department names, in a seeded order (市直 and district ones mixed). */
export function departmentNames(rng: Prng, count: number): DepartmentName[] {
  const all: DepartmentName[] = [
    ...CITY_DEPARTMENTS.map(([n, kind]) => ({ name: `大连市${n}`, prefix: '大连市', kind })),
    ...AREAS.flatMap((area) =>
      AREA_DEPARTMENTS.map(([n, kind]) => ({ name: `${area}${n}`, prefix: area, kind })),
    ),
  ];
  if (count > all.length) throw new Error(`at most ${all.length} departments`);
  return rng.shuffle(all).slice(0, count);
}

/** `count` distinct unit names of one department. */
export function unitNames(rng: Prng, dept: DepartmentName, count: number): string[] {
  const patterns = rng.shuffle(UNIT_NAMES[dept.kind]);
  const numbered = patterns.filter((p) => p.includes('#'));
  const out: string[] = [];
  const seen = new Set<string>();
  let n = 0;
  for (let i = 0; out.length < count; i++) {
    const plain = i < patterns.length && !patterns[i].includes('#') ? patterns[i] : null;
    const pattern = plain ?? numbered[i % numbered.length];
    const name = `${dept.prefix}${pattern.replace('#', () => chineseNumber(++n))}`;
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}

/** Common 姓 with rough weights (per mille of the population, north-east China leaning). */
const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['王', 90],
  ['李', 80],
  ['张', 80],
  ['刘', 65],
  ['于', 30],
  ['孙', 30],
  ['赵', 28],
  ['杨', 27],
  ['陈', 25],
  ['徐', 20],
  ['姜', 18],
  ['曲', 12],
  ['高', 15],
  ['宋', 14],
  ['林', 12],
  ['周', 12],
  ['吴', 10],
  ['马', 12],
  ['郭', 10],
  ['韩', 10],
  ['胡', 8],
  ['朱', 8],
  ['何', 6],
  ['郑', 7],
  ['谢', 5],
  ['唐', 5],
  ['冯', 6],
  ['董', 7],
  ['丛', 5],
  ['谭', 4],
  ['鞠', 3],
  ['修', 2],
  ['隋', 3],
  ['邹', 4],
  ['田', 6],
  ['曹', 6],
  ['邵', 4],
  ['吕', 5],
  ['欧阳', 1],
];

const MALE_CHARS = [
  ...'建国伟强军磊勇涛明辉刚鹏杰斌宇浩波峰超亮东海志春成华平俊凯文博健龙旭晨立新庆',
];
const FEMALE_CHARS = [...'丽娜静敏燕艳红霞玲婷雪慧琳颖芳娟秀英梅倩洁莹晶璐佳欣悦楠琪岚月红丹萍'];

/** A Chinese name: a weighted 姓 and a given name of one or two characters. */
export function personName(rng: Prng, gender: '男' | '女'): string {
  const chars = gender === '男' ? MALE_CHARS : FEMALE_CHARS;
  const given = rng.chance(0.7) ? rng.pick(chars) + rng.pick(chars) : rng.pick(chars);
  return rng.weighted(FAMILY_NAMES) + given;
}
