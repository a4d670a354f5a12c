import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import type { RegistrationResponse } from './dto/registration.dto';
import { PublicityEntity } from './entities/publicity.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { toRegistrationResponse } from './registration.mapper';

/** Builds responses with the names they show, in one query per kind for a whole page. */
@Injectable()
export class RegistrationViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async one(
    p: Principal,
    r: RegistrationEntity,
    session: ExamSessionEntity,
  ): Promise<RegistrationResponse> {
    return (await this.many(p, [r], session))[0];
  }

  async many(
    p: Principal,
    rows: RegistrationEntity[],
    session: ExamSessionEntity,
  ): Promise<RegistrationResponse[]> {
    const m = this.dataSource.manager;
    const ids = (key: 'departmentId' | 'unitId' | 'publicityId') => [
      ...new Set(rows.map((r) => r[key]).filter((v): v is string => !!v)),
    ];
    const [departments, units, publicities] = await Promise.all([
      ids('departmentId').length ? m.findBy(DepartmentEntity, { id: In(ids('departmentId')) }) : [],
      ids('unitId').length ? m.findBy(UnitEntity, { id: In(ids('unitId')) }) : [],
      ids('publicityId').length ? m.findBy(PublicityEntity, { id: In(ids('publicityId')) }) : [],
    ]);
    const dept = new Map(departments.map((d) => [d.id, d.name]));
    const unit = new Map(units.map((u) => [u.id, u.name]));
    const pub = new Map(publicities.map((x) => [x.id, x]));
    return rows.map((r) =>
      toRegistrationResponse(r, {
        year: session.year,
        departmentName: dept.get(r.departmentId) ?? '',
        unitName: unit.get(r.unitId) ?? '',
        publicity: r.publicityId ? (pub.get(r.publicityId) ?? null) : null,
        principal: p,
      }),
    );
  }
}
