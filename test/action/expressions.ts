import { expect } from 'vitest';

/**
 * Evaluates the part of GitHub's expression language the guards use: property paths into `context`, string
 * literals, format(), ==, !=, && and ||. A missing property is null, which format() writes as ''.
 */
export function evaluate(expression: string, context: Record<string, unknown>): unknown {
  const tokens = expression.match(/'(?:[^']|'')*'|==|!=|&&|\|\||[(),]|[A-Za-z_][\w.-]*/g) ?? [];
  let at = 0;
  const next = () => tokens[at++];
  const peek = () => tokens[at];
  const value = (): unknown => {
    const token = next()!;
    if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
    if (token === '(') {
      const inner = or();
      next();
      return inner;
    }
    if (token === 'format' && peek() === '(') {
      next();
      const args: unknown[] = [or()];
      while (peek() === ',') {
        next();
        args.push(or());
      }
      next();
      const [pattern, ...rest] = args as [string, ...unknown[]];
      return pattern.replace(/\{(\d+)\}/g, (_m, i: string) => String(rest[Number(i)] ?? ''));
    }
    let current: unknown = context;
    for (const part of token.split('.')) {
      current =
        current && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
    }
    return current ?? null;
  };
  const comparison = (): unknown => {
    const left = value();
    if (peek() === '==' || peek() === '!=') {
      const op = next();
      const right = value();
      return op === '==' ? left === right : left !== right;
    }
    return left;
  };
  const and = (): unknown => {
    let left = comparison();
    while (peek() === '&&') {
      next();
      const right = comparison();
      left = Boolean(left) && Boolean(right);
    }
    return left;
  };
  const or = (): unknown => {
    let left = and();
    while (peek() === '||') {
      next();
      const right = and();
      left = Boolean(left) || Boolean(right);
    }
    return left;
  };
  const result = or();
  expect(at, `unparsed rest of ${expression}`).toBe(tokens.length);
  return result;
}

const repository = { default_branch: 'main' };
/** What GitHub puts in `github` for each way a run can start. A schedule's event carries no repository. */
export const RUNS = {
  schedule: { event_name: 'schedule', ref: 'refs/heads/main', event: {} },
  push: { event_name: 'push', ref: 'refs/heads/main', event: { repository } },
  dispatchMain: { event_name: 'workflow_dispatch', ref: 'refs/heads/main', event: { repository } },
  dispatchBranch: { event_name: 'workflow_dispatch', ref: 'refs/heads/feature', event: { repository } },
  dispatchTag: { event_name: 'workflow_dispatch', ref: 'refs/tags/v1', event: { repository } },
  prTarget: { event_name: 'pull_request_target', ref: 'refs/heads/main', event: { repository } },
  workflowRun: { event_name: 'workflow_run', ref: 'refs/heads/main', event: { repository } },
};
