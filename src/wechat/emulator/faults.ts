/**
 * Scripted misbehaviour for the next `times` calls of `endpoint` (`*`: any API endpoint): an errcode, an HTTP
 * error, a late answer, no answer, or a publish job that ends the way the test says. Faults are used up in the
 * order they were added.
 */
export interface Fault {
  endpoint: string;
  /** How many calls it applies to (default 1). */
  times?: number;
  /** Only calls for this account. */
  appid?: string;
  /** Answer this errcode (with WeChat's errmsg unless `errmsg` is given) instead of handling the call. */
  errcode?: number;
  errmsg?: string;
  /** Answer this HTTP status (e.g. 502) with an HTML body, like a gateway. */
  httpStatus?: number;
  /**
   * Wait this long on the emulator's clock before handling the call (a client timeout shorter than this sees a
   * timeout). With a test's clock the call waits until the test moves the emulator's clock.
   */
  delayMs?: number;
  /** Drop the connection without an answer: `before` handling the call, or `after` it took effect. */
  drop?: 'before' | 'after';
  /** For freepublish/submit: the job this call starts ends with this status (0, 2, 3 or 4)… */
  publishStatus?: number;
  /** …with these 1-based failed articles (default [1] for a failure)… */
  failIdx?: number[];
  /** …after this long on the emulator's clock (default: config publishSeconds). */
  publishSeconds?: number;
}

export function normalizeFault(input: Fault | Record<string, unknown>): Fault & { times: number } {
  const raw = input as Record<string, unknown>;
  const get = (camel: string, snake: string) => raw[camel] ?? raw[snake];
  const endpoint = raw.endpoint;
  if (typeof endpoint !== 'string' || (endpoint !== '*' && !endpoint.startsWith('/'))) {
    throw new Error('fault: "endpoint" must be a path such as /cgi-bin/draft/add, or *');
  }
  const num = (value: unknown, name: string): number | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new Error(`fault: "${name}" must be a number`);
    return value;
  };
  const fault: Fault & { times: number } = { endpoint, times: num(raw.times, 'times') ?? 1 };
  if (fault.times < 1) throw new Error('fault: "times" must be ≥ 1');
  if (raw.appid !== undefined) fault.appid = String(raw.appid);
  const errcode = num(raw.errcode, 'errcode');
  if (errcode !== undefined) fault.errcode = errcode;
  if (raw.errmsg !== undefined) fault.errmsg = String(raw.errmsg);
  const httpStatus = num(get('httpStatus', 'http_status'), 'httpStatus');
  if (httpStatus !== undefined) {
    if (httpStatus < 400 || httpStatus > 599) throw new Error('fault: "httpStatus" must be 400–599');
    fault.httpStatus = httpStatus;
  }
  const delay = num(get('delayMs', 'delay_ms'), 'delayMs');
  if (delay !== undefined) fault.delayMs = delay;
  const drop = raw.drop;
  if (drop !== undefined) {
    if (drop === true || drop === 'before') fault.drop = 'before';
    else if (drop === 'after') fault.drop = 'after';
    else throw new Error('fault: "drop" must be "before", "after" or true');
  }
  const status = num(get('publishStatus', 'publish_status'), 'publishStatus');
  if (status !== undefined) {
    if (![0, 2, 3, 4].includes(status)) throw new Error('fault: "publishStatus" must be 0, 2, 3 or 4');
    fault.publishStatus = status;
  }
  const failIdx = get('failIdx', 'fail_idx');
  if (failIdx !== undefined) {
    if (!Array.isArray(failIdx) || !failIdx.every((n) => Number.isInteger(n) && n >= 1)) {
      throw new Error('fault: "failIdx" must be a list of 1-based article numbers');
    }
    fault.failIdx = failIdx as number[];
  }
  const seconds = num(get('publishSeconds', 'publish_seconds'), 'publishSeconds');
  if (seconds !== undefined) fault.publishSeconds = seconds;
  return fault;
}

export function describeFault(f: Fault): string {
  const parts: string[] = [];
  if (f.delayMs !== undefined) parts.push(`delay ${f.delayMs} ms`);
  if (f.drop) parts.push(`drop ${f.drop}`);
  if (f.httpStatus !== undefined) parts.push(`HTTP ${f.httpStatus}`);
  if (f.errcode !== undefined) parts.push(`errcode ${f.errcode}`);
  if (f.publishStatus !== undefined) parts.push(`publish_status ${f.publishStatus}`);
  return parts.join(', ') || 'none';
}

/** The faults waiting to be used, oldest first. */
export class FaultQueue {
  private readonly list: (Fault & { times: number })[] = [];

  add(fault: Fault | Record<string, unknown>): void {
    this.list.push(normalizeFault(fault));
  }

  all(): (Fault & { times: number })[] {
    return this.list.map((f) => ({ ...f }));
  }

  clear(): void {
    this.list.length = 0;
  }

  /** The first fault for this call, with one use consumed. */
  take(endpoint: string, appid: string | undefined): (Fault & { times: number }) | undefined {
    const index = this.list.findIndex(
      (f) => (f.endpoint === '*' || f.endpoint === endpoint) && (f.appid === undefined || f.appid === appid),
    );
    if (index === -1) return undefined;
    const fault = this.list[index] as Fault & { times: number };
    fault.times -= 1;
    if (fault.times <= 0) this.list.splice(index, 1);
    return fault;
  }
}
