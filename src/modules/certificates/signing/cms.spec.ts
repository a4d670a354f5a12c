import { createPrivateKey, generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { children, detachedSignedData, issuerAndSerial, tlv } from './cms';
import { generatePdfKey } from './key-material';
import { splitPemCertificates } from './pdf-signer';

/**
 * The SignedData node-forge writes (as @signpdf's P12Signer drives it), with the fix the
 * service carried while it signed through forge: the issuer's UTF-8 names decoded before forge
 * encodes them again. The reference `detachedSignedData` must equal, byte for byte.
 */
function forgeSignedData(content: Buffer, signingTime: Date, pem: { key: string; chain: string }) {
  const certs = splitPemCertificates(pem.chain).map((c) => forge.pki.certificateFromPem(c));
  const utf8 = Number(forge.asn1.Type.UTF8);
  const issuer = certs[0].issuer.attributes.map((a) =>
    Number(a.valueTagClass) === utf8
      ? { ...a, value: forge.util.decodeUtf8(a.value as string) }
      : a,
  );
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(content.toString('binary'));
  certs.forEach((c) => p7.addCertificate(c));
  p7.addSigner({
    key: forge.pki.privateKeyFromPem(pem.key),
    issuer,
    serialNumber: certs[0].serialNumber,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.signingTime, value: signingTime },
      { type: forge.pki.oids.messageDigest },
    ],
  } as unknown as Parameters<typeof p7.addSigner>[0]);
  p7.sign({ detached: true });
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

const ours = (content: Buffer, at: Date, pem: { key: string; chain: string }) =>
  detachedSignedData(content, at, {
    chain: splitPemCertificates(pem.chain).map((c) => new X509Certificate(c).raw),
    key: createPrivateKey(pem.key),
  });

/** A CA with a Chinese name and a signing certificate it issued: a chain of two, leaf first. */
function issuedChain(): { key: string; chain: string } {
  const pair = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
  const [ca, leaf] = [pair(), pair()];
  const forgeKey = (k: ReturnType<typeof pair>) =>
    forge.pki.privateKeyFromPem(k.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  const cn = (value: string) =>
    [
      { shortName: 'CN', value, valueTagClass: forge.asn1.Type.UTF8 },
    ] as unknown as forge.pki.CertificateField[];
  const certificate = (
    subject: string,
    issuer: string,
    key: ReturnType<typeof pair>,
    signer: ReturnType<typeof pair>,
  ) => {
    const c = forge.pki.createCertificate();
    c.publicKey = forge.pki.publicKeyFromPem(
      key.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    );
    c.serialNumber = `01${randomBytes(15).toString('hex')}`;
    c.validity.notBefore = new Date('2025-01-01T00:00:00Z');
    c.validity.notAfter = new Date('2035-01-01T00:00:00Z');
    c.setSubject(cn(subject));
    c.setIssuer(cn(issuer));
    c.sign(forgeKey(signer), forge.md.sha256.create());
    return forge.pki.certificateToPem(c);
  };
  return {
    key: leaf.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    chain:
      certificate('大连市人社局 证书签章', '某某数字认证中心 根证书', leaf, ca) +
      certificate('某某数字认证中心 根证书', '某某数字认证中心 根证书', ca, ca),
  };
}

describe('detachedSignedData (CMS for adbe.pkcs7.detached)', () => {
  const selfSigned = (() => {
    const k = generatePdfKey(new Date('2025-01-01T00:00:00Z'));
    return { key: k.privateKeyPem, chain: k.certificatePem ?? '' };
  })();
  const content = Buffer.concat([Buffer.from('%PDF-1.7\n合格证明\n'), randomBytes(50_000)]);

  it.each([
    ['the generated self-signed key', () => selfSigned],
    ['a CA-issued chain of two with Chinese names', issuedChain],
  ])('equals what node-forge signed, byte for byte, for %s', (_, keyOf) => {
    const pem = keyOf();
    const at = new Date('2025-10-15T02:00:00Z');
    expect(ours(content, at, pem).toString('hex')).toBe(
      forgeSignedData(content, at, pem).toString('hex'),
    );
  });

  it('names the signer by the issuer and serial number its certificate holds, byte for byte', () => {
    const pem = issuedChain();
    const leaf = new X509Certificate(splitPemCertificates(pem.chain)[0]);
    const [issuer, serial] = children(issuerAndSerial(leaf.raw));
    expect(serial.subarray(2).toString('hex').toUpperCase()).toBe(leaf.serialNumber);
    expect(serial.equals(children(children(leaf.raw)[0])[1])).toBe(true);
    // The issuer Name is the CA certificate's subject Name, the same bytes.
    const ca = new X509Certificate(splitPemCertificates(pem.chain)[1]);
    const caTbs = children(children(ca.raw)[0]);
    expect(issuer.equals(caTbs[5])).toBe(true);
    expect(leaf.issuer).toContain('某某数字认证中心');
  });

  it('writes signing-time as UTCTime before 2050 and GeneralizedTime from 2050 (RFC 5652 §11.3)', () => {
    const signingTime = (der: Buffer) => {
      const hex = der.toString('hex');
      const at = hex.indexOf('06092a864886f70d010905'); // the signing-time attribute's OID
      return Buffer.from(hex.slice(at + 22 + 4), 'hex'); // past the OID and the SET's header
    };
    const utc = signingTime(ours(content, new Date('2049-12-31T23:59:59Z'), selfSigned));
    expect(utc[0]).toBe(0x17);
    expect(utc.subarray(2, 2 + utc[1]).toString('latin1')).toBe('491231235959Z');
    const general = signingTime(ours(content, new Date('2050-01-01T00:00:00Z'), selfSigned));
    expect(general[0]).toBe(0x18);
    expect(general.subarray(2, 2 + general[1]).toString('latin1')).toBe('20500101000000Z');
  });

  it('signs the content given: another byte, another digest and signature', () => {
    const at = new Date('2025-10-15T02:00:00Z');
    const altered = Buffer.from(content);
    altered[100] ^= 1;
    expect(ours(altered, at, selfSigned).equals(ours(content, at, selfSigned))).toBe(false);
  });
});

describe('tlv and children (DER)', () => {
  it.each([
    [0, '0400'],
    [0x7f, '047f'],
    [0x80, '048180'],
    [0xff, '0481ff'],
    [0x100, '04820100'],
    [70_000, '0483011170'],
  ])('writes a length of %i in the shortest definite form', (n, head) => {
    const element = tlv(0x04, Buffer.alloc(n));
    expect(element.subarray(0, head.length / 2).toString('hex')).toBe(head);
    expect(element.length).toBe(head.length / 2 + n);
  });

  it('reads back the elements it wrote, and refuses an element cut short', () => {
    const parts = [tlv(0x02, Buffer.from([1])), tlv(0x04, Buffer.alloc(300)), tlv(0x05)];
    const sequence = tlv(0x30, ...parts);
    expect(children(sequence).map((c) => c.toString('hex'))).toEqual(
      parts.map((p) => p.toString('hex')),
    );
    expect(() => children(sequence.subarray(0, sequence.length - 1))).toThrow('cut short');
    expect(() => children(Buffer.from([0x30, 0x80, 0x00, 0x00]))).toThrow('indefinite');
    expect(() => children(Buffer.from([0x30, 0x82, 0x01]))).toThrow('cut short'); // in its length
    expect(() => children(Buffer.from([0x30, 0x03, 0x04, 0x82, 0x01]))).toThrow('cut short');
  });
});
