import type { ExamSessionResponse } from './dto/exam-session.dto';
import type { ExamSessionEntity } from './entities/exam-session.entity';

export const toSessionResponse = (s: ExamSessionEntity): ExamSessionResponse => ({
  id: s.id,
  year: s.year,
  title: s.title,
  noticeNo: s.noticeNo,
  organizer: s.organizer,
  isCurrent: s.isCurrent,
  isDemo: s.isDemo,
  registration: { start: s.registrationStart, end: s.registrationEnd },
  certCutoffDate: s.certCutoffDate,
  ticketPrinting: { start: s.ticketPrintStart, end: s.ticketPrintEnd },
  publicityWorkingDays: s.publicityWorkingDays,
  fullMark: s.fullMark,
  passMark: s.passMark,
  levels: s.levels,
  rules: s.rules,
  blockIncompleteDocuments: s.blockIncompleteDocuments,
});
