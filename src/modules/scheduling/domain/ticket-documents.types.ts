/** What an admission ticket (准考证) shows; documents render it, rules fill it. */
export interface TicketSittingLine {
  /** 理论考试 | 实际操作考核 */
  componentName: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  startTime: string;
  endTime: string;
  venueName: string;
  venueAddress: string;
  /** 考场号: the RRR of the ticket number when this is the theory sitting. */
  examRoom: number;
  /** The venue's own name of the room. */
  roomName: string;
  seat: number;
}

export interface TicketView {
  /** e.g. 2025年度大连市机关事业单位工勤技能人员技术等级晋升考核 */
  sessionTitle: string;
  /** Who issues the ticket (the session's organizer, e.g. 大连市就业和人才服务中心); '' if unknown. */
  issuer: string;
  ticketNumber: string;
  name: string;
  gender: string;
  /** Full ID number: the ticket is the candidate's own document. */
  idNumber: string;
  unitName: string;
  departmentName: string;
  occupation: string;
  /** 初级工 … 技师 */
  levelName: string;
  paperCategory: string;
  sittings: TicketSittingLine[];
  /** The 一寸 photo as stored (a baseline JPEG; older uploads may be PNG), when uploaded. */
  photo: Buffer | null;
  /** Text the QR code carries (ticket number and signature), checked by the verification endpoint. */
  qrPayload: string;
  /** 考生须知 lines. */
  instructions: string[];
}

/** One sitting held in an exam room, with how many of its candidates sit there. */
export interface RoomSheetSitting {
  paperCategory: string;
  /** 理论考试 | 实际操作考核 */
  componentName: string;
  startTime: string;
  endTime: string;
  count: number;
}

export interface RoomSheetSeat {
  seat: number;
  ticketNumber: string;
  name: string;
  maskedIdNumber: string;
  /** Unit names let invigilators see the spread. */
  unitName: string;
  paperCategory: string;
  componentName: string;
  /** 申报职业（工种） */
  occupation: string;
  /**
   * Qualification cancelled by the center after seating (四(三)): the service leaves such seats off
   * the sheets it prints; renderers given one still mark it and leave it out of 应考.
   */
  cancelled: boolean;
}

/**
 * One exam room (考场): a room during one group of overlapping sittings, with everyone seated
 * in it whatever their paper category, for invigilators.
 */
export interface RoomSheetView {
  sessionTitle: string;
  /** 考场号, the RRR of the ticket numbers. */
  examRoom: number;
  venueName: string;
  /** The venue's own name of the room (e.g. 一号楼201). */
  roomName: string;
  capacity: number;
  /** Seats per row of the seating chart; null for the default. */
  seatsPerRow: number | null;
  date: string;
  /** From the first sitting's start to the last one's end. */
  startTime: string;
  endTime: string;
  sittings: RoomSheetSitting[];
  /** Seats in order. */
  seats: RoomSheetSeat[];
}
