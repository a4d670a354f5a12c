import { createHmac } from 'node:crypto';

/**
 * 准考证号: YYYY + C + RRR + SS (10 digits) — exam year, paper category
 * (附件3 序号 1–7), the room's number and the seat of the theory sitting.
 * Unique because a room seat holds one candidate per sitting and each
 * category has one theory sitting; it says nothing beyond where one sits.
 */
export function ticketNumber(
  year: number,
  categorySeq: number,
  roomNumber: number,
  seat: number,
): string {
  if (
    categorySeq < 1 ||
    categorySeq > 9 ||
    roomNumber < 1 ||
    roomNumber > 999 ||
    seat < 1 ||
    seat > 99
  ) {
    throw new Error('ticket number out of range');
  }
  return `${year}${categorySeq}${String(roomNumber).padStart(3, '0')}${String(seat).padStart(2, '0')}`;
}

const PREFIX = 'DLGQ';

/** What the QR code carries: the number and an HMAC, so a forged ticket fails the check. */
export function ticketQrPayload(number: string, secret: string): string {
  return `${PREFIX}:${number}:${ticketSignature(number, secret)}`;
}

export function ticketSignature(number: string, secret: string): string {
  return createHmac('sha256', secret).update(`ticket:${number}`).digest('base64url').slice(0, 16);
}

/** The ticket number of a genuine payload, or null. */
export function verifyTicketPayload(payload: string, secret: string): string | null {
  const m = /^DLGQ:(\d{10}):([A-Za-z0-9_-]{16})$/.exec(payload.trim());
  if (!m) return null;
  const expected = ticketSignature(m[1], secret);
  return timingSafeEqualText(expected, m[2]) ? m[1] : null;
}

function timingSafeEqualText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
