import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { bilingualIssue, bilingualProblems } from './problems';

/**
 * Ids end up inside tie-break keys (`criterion:<id>`), record keys and printed tables, so they are kept to plain
 * ASCII words; the human names are `zh` / `en`.
 */
const criterionId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** Not trimmed (parsing must not change what is hashed); just not blank. */
const text = z.string().min(1).max(500).regex(/\S/);

/** Tolerance for "is a whole number of steps": far below any real step, far above float noise (17.5/0.5 etc.). */
const STEP_EPSILON = 1e-9;

/**
 * The number of whole steps in `value`, or null when it is not a whole number of steps. Works on the quotient
 * rather than on `value % step`, which is float noise for steps like 0.1 (0.3 % 0.1 ≈ 0.09999…).
 */
export function wholeSteps(value: number, step: number): number | null {
  const q = value / step;
  const k = Math.round(q);
  return Math.abs(q - k) <= STEP_EPSILON * Math.max(1, Math.abs(q)) ? k : null;
}

export const criterionSchema = z
  .strictObject({
    id: criterionId,
    zh: text,
    en: text,
    /** What earns high and low points, shown next to the input box and printed with the score sheet. */
    descriptors: z.strictObject({ zh: z.string().min(1).max(2000).regex(/\S/), en: z.string().min(1).max(2000).regex(/\S/) }),
    maxPoints: z.number().positive().max(1000),
    step: z.number().positive().max(1000),
    /** Multiplies the criterion's points in the total; 1 unless the office deliberately weights a criterion. */
    weight: z.number().positive().max(100).default(1),
  })
  .superRefine((c, ctx) => {
    if (wholeSteps(c.maxPoints, c.step) === null) {
      ctx.addIssue(
        bilingualIssue(
          ['step'],
          `步长 ${c.step} 不能整除满分 ${c.maxPoints}`,
          `step ${c.step} does not divide the maximum ${c.maxPoints} exactly`,
        ),
      );
    }
  });

export const rubricSchema = z
  .strictObject({
    criteria: z.array(criterionSchema).min(1).max(50),
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) {
        ctx.addIssue(bilingualIssue(['criteria', i, 'id'], `评分项编号重复：${c.id}`, `duplicate criterion id: ${c.id}`));
      }
      seen.add(c.id);
    });
  });

export type Criterion = z.output<typeof criterionSchema>;
export type Rubric = z.output<typeof rubricSchema>;

export function parseRubric(input: unknown): Result<Rubric> {
  const parsed = rubricSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err('rubric-invalid', '评分细则无效', 'Invalid scoring rubric', bilingualProblems(rubricSchema, input));
}

/** Used as the default second tie-break (Art. 4.4: "创新有成果" is what a studio is for). */
export const INNOVATION_RESULTS_ID = 'innovation-results';

/**
 * Who sets the rubric. The seed rules (Art. 6) only say the panel reviews (审核) the nominations and proposes a
 * list; they set no criteria and no points. The rubric, its point split included, is the review office's own, and
 * every screen and printout that shows it says so.
 */
export const RUBRIC_AUTHORITY = {
  zh: '本评分细则由省教科文卫体工会评审办公室制定',
  en: 'This scoring rubric is set by the review office of the provincial education, science, culture, health and sports trade union',
} as const;

/** Printed after {@link RUBRIC_AUTHORITY}: articles are cited only as the source of a criterion's content. */
export const RUBRIC_SOURCE_NOTE = {
  zh: '各评分项的分值、步长和权重由评审办公室确定；所引条款仅为评分项内容的依据，不是分值的依据。',
  en: "The points, steps and weights of each criterion are the office's; the articles cited are only the source of a criterion's content, not of its points.",
} as const;

/**
 * The default rubric, one criterion per substantive condition of Art. 4 (4.1 leader; 4.2–4.3 team, place,
 * equipment, topics, funding, rules, activities; 4.4 results and their benefit, split in two because the article
 * asks for both; 4.5 passing skills on). Art. 4.6 (where studios come from) and Art. 5 (who may nominate, what is
 * excluded) are eligibility, settled at screening, so they earn no points here. The articles are cited at the end of
 * each descriptor ("内容依据：…", "Content source: …") as the source of the criterion's content only. The point split
 * 20/20/25/20/15 = 100 is the office's proposal, not the seed's: the seed sets no points, and the office may change it
 * in the rules editor until the rules are frozen.
 */
export const DEFAULT_RUBRIC: Rubric = {
  criteria: [
    {
      id: 'leader-role',
      zh: '领衔人作用',
      en: "Leader's role",
      descriptors: {
        zh:
          '高分：领衔人在技术、业务方面有专长，具有较高理论和技能水平、丰富实践经验、管理经验和较强创新能力，' +
          '在本学科领域内公认度较高，为教育、科技、文化、卫生、体育事业发展作出突出贡献，并切实领衔团队开展创新。' +
          '低分：专长或公认度不突出，领衔作用不明显或仅为挂名。内容依据：第四条第1项。',
        en:
          'High: the leader has recognised technical or professional expertise, a high level of theory and ' +
          'skill, rich practical and management experience and strong innovative ability, is widely recognised in the ' +
          'field, has made outstanding contributions to education, science, culture, health or sports, and actually ' +
          'leads the team. Low: expertise or recognition not evident; the leader is a figurehead. Content source: Art. 4.1.',
      },
      maxPoints: 20,
      step: 0.5,
      weight: 1,
    },
    {
      id: 'team-operation',
      zh: '团队建设与运行管理',
      en: 'Team and operation',
      descriptors: {
        zh:
          '高分：已有效运行3年以上，以相对固定的团队协作模式开展创新工作；具有相对固定的工作场所、' +
          '基本的设施设备、明确的攻关课题和创新目标、必要的工作经费、完善的管理制度，定期开展技术攻关或创新活动，运作规范有序。' +
          '低分：团队不稳定，场所、设备、经费或制度欠缺，活动不定期或无记录。内容依据：第四条第2、3项。',
        en:
          'High: has operated effectively for 3 years or more with a relatively stable team; has a fixed ' +
          'workplace, basic equipment, clear research topics and innovation goals, the necessary funding and a complete ' +
          'management system; holds regular problem-solving or innovation activities and runs in an orderly way. Low: ' +
          'unstable team; workplace, equipment, funding or rules lacking; activities irregular or unrecorded. Content source: Art. 4.2–4.3.',
      },
      maxPoints: 20,
      step: 0.5,
      weight: 1,
    },
    {
      id: INNOVATION_RESULTS_ID,
      zh: '创新成果',
      en: 'Innovation results',
      descriptors: {
        zh:
          '高分：具有较强的创新能力，积极开展创新创造活动，承担本地、本行业、本单位的创新课题或革新项目，' +
          '取得创新成果（如科研成果、技术革新、发明创造、专利、标准、教学成果等）。低分：课题或项目少，成果不明确或难以佐证。内容依据：第四条第4项。',
        en:
          'High: strong innovative ability; actively innovates; undertakes innovation topics or improvement ' +
          'projects of the locality, sector or employer and has produced results (research results, technical ' +
          'improvements, inventions, patents, standards, teaching results and the like). Low: few topics or projects; ' +
          'results unclear or unsupported by evidence. Content source: Art. 4.4.',
      },
      maxPoints: 25,
      step: 0.5,
      weight: 1,
    },
    {
      id: 'economic-social-benefit',
      zh: '经济社会效益',
      en: 'Economic and social benefit',
      descriptors: {
        zh:
          '高分：创新成果产生显著经济效益和社会效益，服务教育教学、服务科技创新和服务社会成效突出，' +
          '成果得到转化应用。低分：效益不明显或缺少佐证。内容依据：第四条第4项、第三条。',
        en:
          'High: the results bring marked economic and social benefit, with clear effect in serving ' +
          'teaching, scientific and technological innovation and society, and are put into practice. Low: little ' +
          'evident benefit, or no evidence of it. Content source: Art. 4.4, Art. 3.',
      },
      maxPoints: 20,
      step: 0.5,
      weight: 1,
    },
    {
      id: 'skills-passing-on',
      zh: '传承技能与带动作用',
      en: 'Passing skills on',
      descriptors: {
        zh:
          '高分：充分发挥集智创新、协同攻关、传承技能等功能，开展技能培训、师带徒等活动，' +
          '带动本地、本行业、本单位的群众性技术创新活动和职工技能素质提升。低分：带动作用局限于团队内部或不明显。内容依据：第四条第5项、第三条。',
        en:
          'High: pools ideas, tackles problems jointly and passes skills on (training, mentoring ' +
          'apprentices), driving grassroots technical innovation and raising the skills of staff in the locality, sector ' +
          'or employer. Low: influence limited to the team itself, or not evident. Content source: Art. 4.5, Art. 3.',
      },
      maxPoints: 15,
      step: 0.5,
      weight: 1,
    },
  ],
};

/** The rubric's maximum weighted total (100 for {@link DEFAULT_RUBRIC}). */
export function maxTotal(rubric: Rubric): number {
  return rubric.criteria.reduce((s, c) => s + c.weight * c.maxPoints, 0);
}

/** One criterion's points: a finite number in 0..maxPoints and a whole number of steps. Returns the value as given. */
export function checkScore(criterion: Criterion, value: number): Result<number> {
  if (typeof value === 'number' && value >= 0 && value <= criterion.maxPoints && wholeSteps(value, criterion.step) !== null) return ok(value);
  const name = { zh: `“${criterion.zh}”`, en: `"${criterion.en}"` };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return err('score-not-number', `${name.zh}的分数不是有效数字`, `The score for ${name.en} is not a number`);
  }
  if (value < 0 || value > criterion.maxPoints) {
    return err(
      'score-out-of-range',
      `${name.zh}的分数 ${value} 超出范围 0–${criterion.maxPoints}`,
      `The score ${value} for ${name.en} is outside 0–${criterion.maxPoints}`,
    );
  }
  if (wholeSteps(value, criterion.step) === null) {
    return err(
      'score-off-step',
      `${name.zh}的分数 ${value} 不是 ${criterion.step} 的整数倍`,
      `The score ${value} for ${name.en} is not a multiple of ${criterion.step}`,
    );
  }
  return ok(value);
}

/**
 * Σ weight × points over every criterion, unrounded (rounding happens only when printing). Every criterion must
 * be present and valid: a total from a half-filled sheet would silently rank a nomination lower.
 */
export function totalOf(rubric: Rubric, scores: Record<string, number>): Result<number> {
  const problems: { path: string; message: { zh: string; en: string } }[] = [];
  const keys = Object.keys(scores);
  // Criterion ids are unique, so with every criterion present any further key is unknown: the set is built only then.
  if (keys.length !== rubric.criteria.length || !rubric.criteria.every((c) => Object.hasOwn(scores, c.id))) {
    const known = new Set(rubric.criteria.map((c) => c.id));
    for (const key of keys) {
      if (!known.has(key)) problems.push({ path: key, message: { zh: '评分细则中没有该评分项', en: 'not a criterion of the rubric' } });
    }
  }
  let total = 0;
  for (const c of rubric.criteria) {
    if (!Object.hasOwn(scores, c.id)) {
      problems.push({ path: c.id, message: { zh: `缺少“${c.zh}”的分数`, en: `missing the score for "${c.en}"` } });
      continue;
    }
    const checked = checkScore(c, scores[c.id]);
    if (!checked.ok) {
      problems.push({ path: c.id, message: checked.error.message });
      continue;
    }
    total += c.weight * checked.value;
  }
  if (problems.length) return err('scores-invalid', '评分不完整或有误', 'The scores are incomplete or invalid', problems);
  return ok(total);
}
