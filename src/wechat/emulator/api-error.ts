/**
 * WeChat's error answer, thrown by endpoints and by the jobs they start. Its own module: the jobs are part of what
 * an endpoint's context holds, so neither may import the other for it.
 */
import { ERRMSG } from './messages.js';

/** A WeChat error answer. */
export class ApiError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(errmsg ?? ERRMSG[errcode] ?? `errcode ${errcode}`);
  }
}
