/**
 * Who issues the pass list and the certificates: 三 "由市人力资源社会保障局印发《…合格人员名单》，
 * 并核发《…合格证明》" (the center organizes the exam; the bureau issues).
 */
export const ISSUER = '大连市人力资源和社会保障局';
