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
  roomName: string;
  seat: number;
}

export interface TicketView {
  /** e.g. 2025年度大连市机关事业单位工勤技能人员技术等级晋升考核 */
  sessionTitle: string;
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
  /** JPEG or PNG bytes of the 一寸 photo, when uploaded. */
  photo: Buffer | null;
  /** Text the QR code carries (ticket number and signature), checked by the verification endpoint. */
  qrPayload: string;
  /** 考生须知 lines. */
  instructions: string[];
}

/** One room of one sitting, for invigilators. */
export interface RoomSheetView {
  sessionTitle: string;
  paperCategory: string;
  componentName: string;
  date: string;
  startTime: string;
  endTime: string;
  venueName: string;
  roomName: string;
  capacity: number;
  /** Seats in order; unit names let invigilators see the spread. */
  seats: {
    seat: number;
    ticketNumber: string;
    name: string;
    maskedIdNumber: string;
    unitName: string;
  }[];
}
