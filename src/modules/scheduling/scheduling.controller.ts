import { Body, Controller, Get, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentUser, Public, Roles, SignedIn } from '../../common/auth/auth.decorators';
import type { Principal } from '../../common/auth/principal';
import { ErrorBody } from '../../common/errors/error-body';
import { IdParam, IntParam } from '../../common/validation/path-params';
import { PageQueryDto } from '../../common/http/page.dto';
import { ExamYearPageQueryDto, ExamYearQueryDto } from '../exam-sessions/dto/exam-session.dto';
import { AllocationService } from './allocation.service';
import {
  AllocateDto,
  AllocationResponse,
  CreateRoomDto,
  CreateVenueDto,
  ExamRoomPageResponse,
  PrintExtensionDto,
  PrintWindowResponse,
  PublishDto,
  RoomResponse,
  ScheduleStatusResponse,
  SittingDto,
  SittingPageResponse,
  SittingResponse,
  TicketDownloadQueryDto,
  TicketVerifyResponse,
  UpdateRoomDto,
  VenuePageResponse,
  VenueResponse,
  VerifyQueryDto,
} from './dto/scheduling.dto';
import { RoomSheetsService } from './room-sheets.service';
import { SittingsService } from './sittings.service';
import { TicketsService } from './tickets.service';
import { VenuesService } from './venues.service';

const CENTER = ['center-admin', 'center-staff'] as const;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** 考场号 in the path (1–999). */
const ExamRoom = () => IntParam('examRoom', 1, 999);

@ApiTags('考务编排与准考证')
@ApiUnprocessableEntityResponse({
  type: ErrorBody,
  description: '无法编排（缺少场次、考场、座位不足等），details 说明原因',
})
@Controller()
export class SchedulingController {
  constructor(
    private readonly venues: VenuesService,
    private readonly sittings: SittingsService,
    private readonly allocation: AllocationService,
    private readonly tickets: TicketsService,
    private readonly sheets: RoomSheetsService,
  ) {}

  @Get('venues')
  @Roles(...CENTER)
  @ApiOperation({ summary: '考点及其考场' })
  @ApiOkResponse({ type: VenuePageResponse })
  listVenues(@Query() q: PageQueryDto) {
    return this.venues.list(q);
  }

  @Post('venues')
  @Roles(...CENTER)
  @ApiOperation({ summary: '新建考点' })
  @ApiOkResponse({ type: VenueResponse })
  createVenue(@CurrentUser() p: Principal, @Body() dto: CreateVenueDto) {
    return this.venues.createVenue(p, dto);
  }

  @Post('venues/:id/rooms')
  @Roles(...CENTER)
  @ApiOperation({ summary: '新增考场（容量 1–99）' })
  @ApiOkResponse({ type: RoomResponse })
  addRoom(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: CreateRoomDto) {
    return this.venues.addRoom(p, id, dto);
  }

  @Patch('rooms/:id')
  @Roles(...CENTER)
  @ApiOperation({
    summary: '修改考场名称、容量或每排座位数',
    description: '容量不能小于已安排的最大座位号（409 ROOM_SEATS_ASSIGNED）',
  })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'ROOM_SEATS_ASSIGNED：已安排的座位超出新容量',
  })
  @ApiOkResponse({ type: RoomResponse })
  updateRoom(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: UpdateRoomDto) {
    return this.venues.updateRoom(p, id, dto);
  }

  @Get('sittings')
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({ summary: '考试场次（按试卷类别与考核项目）' })
  @ApiOkResponse({ type: SittingPageResponse })
  listSittings(@Query() q: ExamYearPageQueryDto) {
    return this.sittings.list(q);
  }

  @Post('sittings')
  @Roles(...CENTER)
  @ApiOperation({
    summary: '新建场次：试卷类别、理论或实操、日期时间、考点',
    description:
      '同一类别、同一考核项目可设多个场次（不同考点或不同日期），每名考生各参加一个理论和一个实操场次。日期须晚于准考证打印截止日且不早于今天（422 SITTING_DATE_INVALID）；同一类别理论与实操时间重叠 422 SITTING_OVERLAP；同一考点同一时间重复 409 SITTING_EXISTS',
  })
  @ApiOkResponse({ type: SittingResponse })
  createSitting(@CurrentUser() p: Principal, @Body() dto: SittingDto) {
    return this.sittings.create(p, dto);
  }

  @Put('sittings/:id')
  @Roles(...CENTER)
  @ApiOperation({ summary: '修改场次（准考证发布前）' })
  @ApiOkResponse({ type: SittingResponse })
  updateSitting(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: SittingDto) {
    return this.sittings.update(p, id, dto);
  }

  @Post('scheduling/allocate')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({
    summary: '编排考场座位并生成准考证号（一个事务）',
    description:
      '保留已排座位，只安排新增考生、释放取消考生；reset=true 全部重排；发布后须中心管理员说明原因。dryRun=true 只报告。',
  })
  @ApiOkResponse({ type: AllocationResponse })
  allocate(@CurrentUser() p: Principal, @Body() dto: AllocateDto) {
    return this.allocation.allocate(p, dto);
  }

  @Post('scheduling/publish')
  @Roles(...CENTER)
  @HttpCode(200)
  @ApiOperation({ summary: '发布准考证（锁定考场编排）' })
  @ApiOkResponse({ type: ScheduleStatusResponse })
  publish(@CurrentUser() p: Principal, @Body() dto: PublishDto) {
    return this.allocation.publish(p, dto.examYear);
  }

  @Get('scheduling/status')
  @Roles(...CENTER, 'department', 'unit')
  @ApiOperation({ summary: '编排与发布状态' })
  @ApiOkResponse({ type: ScheduleStatusResponse })
  status(@Query() q: ExamYearQueryDto) {
    return this.allocation.status(q.examYear);
  }

  @Get('tickets.pdf')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '下载本部门（本单位）全部准考证：一个 PDF，每人一页；仅限打印时间内' })
  ticketsPdf(@CurrentUser() p: Principal, @Query() q: TicketDownloadQueryDto) {
    return this.tickets.download(p, q, 'pdf');
  }

  @Get('tickets.zip')
  @Roles(...CENTER, 'department', 'unit')
  @ApiProduces('application/zip')
  @ApiOperation({ summary: '下载准考证：每人一个 PDF 的压缩包；仅限打印时间内' })
  ticketsZip(@CurrentUser() p: Principal, @Query() q: TicketDownloadQueryDto) {
    return this.tickets.download(p, q, 'zip');
  }

  @Get('tickets/verify')
  @Public()
  @ApiOperation({ summary: '核验准考证二维码（考点工作人员扫码）' })
  @ApiOkResponse({ type: TicketVerifyResponse })
  verify(@Query() q: VerifyQueryDto) {
    return this.tickets.verify(q.code);
  }

  @Get('ticket-print-window')
  @SignedIn()
  @ApiOperation({
    summary: '本部门（单位）的准考证打印时间',
    description: '计入中心为本部门的提前或延长；中心账号为本年度打印时间',
  })
  @ApiOkResponse({ type: PrintWindowResponse })
  ticketPrintWindow(@CurrentUser() p: Principal, @Query() q: ExamYearQueryDto) {
    return this.tickets.windowFor(p, q.examYear);
  }

  @Put('ticket-print-windows/:id')
  @Roles(...CENTER)
  @ApiOperation({ summary: '为某主管部门提前或延长准考证打印时间（:id 为主管部门编号）' })
  printWindow(@CurrentUser() p: Principal, @IdParam() id: string, @Body() dto: PrintExtensionDto) {
    return this.tickets.extend(p, id, dto);
  }

  @Get('exam-rooms')
  @Roles(...CENTER)
  @ApiOperation({
    summary: '考场列表：每个考场为一个房间在一个时段（含同时在该房间的全部场次）',
    description: '考场号即准考证号中的 RRR；尚未编排时为空列表',
  })
  @ApiOkResponse({ type: ExamRoomPageResponse })
  examRooms(@Query() q: ExamYearPageQueryDto) {
    return this.sheets.list(q);
  }

  @Get('exam-rooms/:examRoom/seating-chart.pdf')
  @Roles(...CENTER)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '一个考场的座位表（该时段在该房间的全部考生）' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'EXAM_ROOM_NOT_FOUND' })
  examRoomChart(@CurrentUser() p: Principal, @ExamRoom() n: number, @Query() q: ExamYearQueryDto) {
    return this.sheets.ofExamRoom(p, q.examYear, n, 'seating-chart', 'pdf');
  }

  @Get('exam-rooms/:examRoom/sign-in.pdf')
  @Roles(...CENTER)
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: '一个考场的签到表（PDF）' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'EXAM_ROOM_NOT_FOUND' })
  examRoomSignIn(@CurrentUser() p: Principal, @ExamRoom() n: number, @Query() q: ExamYearQueryDto) {
    return this.sheets.ofExamRoom(p, q.examYear, n, 'sign-in', 'pdf');
  }

  @Get('exam-rooms/:examRoom/sign-in.xlsx')
  @Roles(...CENTER)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: '一个考场的签到表（Excel）' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'EXAM_ROOM_NOT_FOUND' })
  examRoomSignInXlsx(
    @CurrentUser() p: Principal,
    @ExamRoom() n: number,
    @Query() q: ExamYearQueryDto,
  ) {
    return this.sheets.ofExamRoom(p, q.examYear, n, 'sign-in', 'xlsx');
  }

  @Get('sittings/:id/seating-chart.pdf')
  @Roles(...CENTER)
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: '场次所用各考场的座位表',
    description: '每个考场一页，含同一时段在该房间的其他试卷类别考生；尚未编排时 409 NOT_ALLOCATED',
  })
  @ApiConflictResponse({ type: ErrorBody, description: 'NOT_ALLOCATED：尚未编排' })
  seatingChart(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.sheets.ofSitting(p, id, 'seating-chart', 'pdf');
  }

  @Get('sittings/:id/sign-in.pdf')
  @Roles(...CENTER)
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: '场次所用各考场的签到表（PDF）',
    description: '每个考场一张，含同一时段在该房间的全部考生；已取消资格者标明',
  })
  @ApiConflictResponse({ type: ErrorBody, description: 'NOT_ALLOCATED：尚未编排' })
  signInPdf(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.sheets.ofSitting(p, id, 'sign-in', 'pdf');
  }

  @Get('sittings/:id/sign-in.xlsx')
  @Roles(...CENTER)
  @ApiProduces(XLSX)
  @ApiOperation({ summary: '场次所用各考场的签到表（Excel，每个考场一个工作表）' })
  @ApiConflictResponse({ type: ErrorBody, description: 'NOT_ALLOCATED：尚未编排' })
  signInXlsx(@CurrentUser() p: Principal, @IdParam() id: string) {
    return this.sheets.ofSitting(p, id, 'sign-in', 'xlsx');
  }
}
