import { certificateNumber, normalizeCertificateNumber } from './certificate-number';

describe('certificateNumber', () => {
  it('writes year, the national grade digit of the level and a five-digit sequence', () => {
    expect(certificateNumber(2025, 'senior', 17)).toBe('DL2025-3-00017');
    expect(certificateNumber(2025, 'junior', 1)).toBe('DL2025-5-00001');
    expect(certificateNumber(2025, 'intermediate', 99_999)).toBe('DL2025-4-99999');
    expect(certificateNumber(2026, 'technician', 120)).toBe('DL2026-2-00120');
  });

  it.each([0, -1, 1.5, 100_000])('refuses sequence %p', (n) => {
    expect(() => certificateNumber(2025, 'senior', n)).toThrow(RangeError);
  });
});

describe('normalizeCertificateNumber', () => {
  it.each([
    ['DL2025-3-00017', 'DL2025-3-00017'],
    [' dl2025-3-00017 ', 'DL2025-3-00017'],
    ['ＤＬ２０２５－３－００017', 'DL2025-3-00017'],
    ['DL2025—3—00017', 'DL2025-3-00017'],
    ['DL 2025-3-00017', 'DL2025-3-00017'],
  ])('reads %p as %p', (input, expected) => {
    expect(normalizeCertificateNumber(input)).toBe(expected);
  });

  it.each([
    '',
    'DL2025-1-00017',
    'DL2025-3-0017',
    'DL25-3-00017',
    "DL2025-3-00017' OR 1=1",
    'x'.repeat(41),
  ])('refuses %p', (input) => {
    expect(normalizeCertificateNumber(input)).toBeNull();
  });
});
