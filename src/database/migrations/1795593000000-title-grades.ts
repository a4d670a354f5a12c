import { MigrationInterface, QueryRunner } from 'typeorm';

type OldTitles = Record<string, string>;

/** The common series' 员级 and 助理级 titles as seeded in 2026 (seed/notice-2025.json). */
const TITLES: [name: string, series: string, grade: '员级' | '助理级'][] = [
  ['技术员', '工程技术', '员级'],
  ['助理工程师', '工程技术', '助理级'],
  ['会计员', '会计', '员级'],
  ['助理会计师', '会计', '助理级'],
  ['经济员', '经济', '员级'],
  ['助理经济师', '经济', '助理级'],
  ['统计员', '统计', '员级'],
  ['助理统计师', '统计', '助理级'],
  ['审计员', '审计', '员级'],
  ['助理审计师', '审计', '助理级'],
  ['助理馆员', '图书资料、档案、文物博物、群众文化', '助理级'],
  ['农业技术员', '农业技术', '员级'],
  ['助理农艺师', '农业技术', '助理级'],
  ['助理畜牧师', '农业技术', '助理级'],
  ['助理兽医师', '农业技术', '助理级'],
  ['林业技术员', '林业工程', '员级'],
  ['林业助理工程师', '林业工程', '助理级'],
  ['实验员', '实验技术', '员级'],
  ['助理实验师', '实验技术', '助理级'],
  ['工艺美术员', '工艺美术', '员级'],
  ['助理工艺美术师', '工艺美术', '助理级'],
  ['助理记者', '新闻', '助理级'],
  ['助理编辑', '新闻', '助理级'],
  ['助理翻译', '翻译', '助理级'],
  ['医士', '卫生技术', '员级'],
  ['护士', '卫生技术', '员级'],
  ['药士', '卫生技术', '员级'],
  ['技士', '卫生技术', '员级'],
  ['医师', '卫生技术', '助理级'],
  ['护师', '卫生技术', '助理级'],
  ['药师', '卫生技术', '助理级'],
  ['三级教师', '中小学教师', '员级'],
  ['二级教师', '中小学教师', '助理级'],
  ['助教', '高等学校教师', '助理级'],
  ['助理讲师', '中等职业学校教师', '助理级'],
  ['三级教练', '体育教练', '助理级'],
];

/**
 * 二(六) "及相应职务": sessions stored their professional titles as a
 * name → level map of 技术员 and 助理工程师 only. They become a table of
 * titles with series and grade (员级, 助理级), and a grade → level map that
 * keeps what each session had decided for the two titles.
 */
export class TitleGrades1795593000000 implements MigrationInterface {
  name = 'TitleGrades1795593000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const pg = queryRunner.connection.options.type === 'postgres';
    const rows = (await queryRunner.query(`SELECT "id", "rules" FROM "exam_sessions"`)) as {
      id: string;
      rules: string;
    }[];
    for (const row of rows) {
      const rules = JSON.parse(row.rules) as {
        professionalTransfer?: { clause: string; titles: unknown };
      };
      const old = rules.professionalTransfer?.titles;
      if (!old || Array.isArray(old)) continue;
      const map = old as OldTitles;
      rules.professionalTransfer = {
        clause: rules.professionalTransfer!.clause,
        grades: { 员级: map['技术员'] ?? 'intermediate', 助理级: map['助理工程师'] ?? 'senior' },
        titles: TITLES.map(([name, series, grade]) => ({ name, series, grade })),
      } as typeof rules.professionalTransfer;
      await queryRunner.query(
        pg
          ? `UPDATE "exam_sessions" SET "rules" = $1 WHERE "id" = $2`
          : `UPDATE "exam_sessions" SET "rules" = ? WHERE "id" = ?`,
        [JSON.stringify(rules), row.id],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const pg = queryRunner.connection.options.type === 'postgres';
    const rows = (await queryRunner.query(`SELECT "id", "rules" FROM "exam_sessions"`)) as {
      id: string;
      rules: string;
    }[];
    for (const row of rows) {
      const rules = JSON.parse(row.rules) as {
        professionalTransfer?: { clause: string; grades?: Record<string, string>; titles: unknown };
      };
      if (!rules.professionalTransfer?.grades) continue;
      const { clause, grades } = rules.professionalTransfer;
      rules.professionalTransfer = {
        clause,
        titles: { 技术员: grades['员级'], 助理工程师: grades['助理级'] },
      };
      await queryRunner.query(
        pg
          ? `UPDATE "exam_sessions" SET "rules" = $1 WHERE "id" = $2`
          : `UPDATE "exam_sessions" SET "rules" = ? WHERE "id" = ?`,
        [JSON.stringify(rules), row.id],
      );
    }
  }
}
