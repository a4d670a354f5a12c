import { ticketNumber, ticketQrPayload, verifyTicketPayload } from './ticket-number';

describe('ticket numbers', () => {
  it('joins year, category, room and seat', () => {
    expect(ticketNumber(2025, 4, 12, 7)).toBe('2025401207');
  });
  it.each([
    [2025, 0, 1, 1],
    [2025, 4, 1000, 1],
    [2025, 4, 1, 100],
  ])('refuses out-of-range parts %j', (...parts) => {
    expect(() => ticketNumber(...parts)).toThrow();
  });
  it('verifies its own QR payload and refuses a forged or altered one', () => {
    const payload = ticketQrPayload('2025401207', 'secret');
    expect(verifyTicketPayload(payload, 'secret')).toBe('2025401207');
    expect(verifyTicketPayload(payload.replace('2025401207', '2025401208'), 'secret')).toBeNull();
    expect(verifyTicketPayload(payload, 'other-secret')).toBeNull();
    expect(verifyTicketPayload('DLGQ:2025401207:AAAAAAAAAAAAAAAA', 'secret')).toBeNull();
    expect(verifyTicketPayload('nonsense', 'secret')).toBeNull();
  });
});
