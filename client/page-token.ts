// Page tokens of task listings: the server's opaque token sealed with a digest of the query it belongs to,
// so that a garbled, forged or foreign token is refused at once (400 BAD_PAGE_TOKEN) instead of being
// sent to the server, which retries it for seconds before failing.
import { createHash } from 'node:crypto';
import { DubanError } from './errors';

/** longer than any token this gateway issues */
export const PAGE_TOKEN_MAX = 4096;
const VERSION = 'p1';

const digest = (serverToken: Uint8Array, query: string): string =>
  createHash('sha256').update(query).update('\n').update(serverToken).digest('base64url').slice(0, 22);

export function encodePageToken(serverToken: Uint8Array, query: string): string {
  return `${VERSION}.${Buffer.from(serverToken).toString('base64url')}.${digest(serverToken, query)}`;
}

/** the server's token, or BAD_PAGE_TOKEN naming what is wrong */
export function decodePageToken(token: string, query: string): Uint8Array {
  const bad = (why: string): DubanError =>
    new DubanError('BAD_PAGE_TOKEN', `分页令牌无效：${why} / bad nextPageToken: ${why}; pass back the token of the previous page of the same query`);
  if (token.length > PAGE_TOKEN_MAX) throw bad(`longer than ${PAGE_TOKEN_MAX} characters`);
  const [version, body, check, ...rest] = token.split('.');
  if (version !== VERSION || body === undefined || check === undefined || rest.length > 0 || !/^[A-Za-z0-9_-]+$/.test(body)) throw bad('not a token this gateway issued');
  const serverToken = Buffer.from(body, 'base64url');
  if (digest(serverToken, query) !== check) throw bad('it was issued for another query, or altered');
  return serverToken;
}
