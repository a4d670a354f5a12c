import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { chinaDateOf } from '../../common/dates/date-only';
import type { ExamSessionEntity } from '../exam-sessions/entities/exam-session.entity';
import { DepartmentEntity } from '../organizations/entities/department.entity';
import { UnitEntity } from '../organizations/entities/unit.entity';
import { allowedActionsFor } from './domain/registration-actions';
import type { RegistrationResponse } from './dto/registration.dto';
import { PublicityEntity } from './entities/publicity.entity';
import type { RegistrationEntity } from './entities/registration.entity';
import { toRegistrationResponse } from './registration.mapper';
import { RegistrationWindowService } from './registration-window.service';
import { RequiredDocumentsService } from './required-documents.service';

/** Builds responses with the names they show, in one query per kind for a whole page. */
@Injectable()
export class RegistrationViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly window: RegistrationWindowService,
    private readonly documents: RequiredDocumentsService,
    private readonly clock: Clock,
  ) {}

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
    const [departments, units, publicities, open, checklists] = await Promise.all([
      ids('departmentId').length ? m.findBy(DepartmentEntity, { id: In(ids('departmentId')) }) : [],
      ids('unitId').length ? m.findBy(UnitEntity, { id: In(ids('unitId')) }) : [],
      ids('publicityId').length ? m.findBy(PublicityEntity, { id: In(ids('publicityId')) }) : [],
      this.window.openFor(session, ids('departmentId')),
      this.documents.checklists(rows),
    ]);
    const dept = new Map(departments.map((d) => [d.id, d.name]));
    const unit = new Map(units.map((u) => [u.id, u.name]));
    const pub = new Map(publicities.map((x) => [x.id, x]));
    const today = chinaDateOf(this.clock.now());
    return rows.map((r) => {
      const publicity = r.publicityId ? (pub.get(r.publicityId) ?? null) : null;
      const documents = checklists.get(r.id)!;
      return toRegistrationResponse(r, {
        year: session.year,
        departmentName: dept.get(r.departmentId) ?? '',
        unitName: unit.get(r.unitId) ?? '',
        publicity,
        documents,
        allowedActions: allowedActionsFor({
          status: r.status,
          role: p.role,
          today,
          publicityEndDate: publicity?.endDate ?? null,
          registrationOpen: open.get(r.departmentId) ?? false,
          documentsComplete: documents.complete,
          blockIncompleteDocuments: session.blockIncompleteDocuments,
        }),
      });
    });
  }
}
