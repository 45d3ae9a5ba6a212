/** Webhook payloads exactly as GitHub sends them, from @octokit/webhooks-examples. */
import { createRequire } from 'node:module';

interface Definition {
  name: string;
  examples: Record<string, unknown>[];
}

const definitions = createRequire(import.meta.url)('@octokit/webhooks-examples') as Definition[];

/** Every example of an event (optionally of one action), deep-copied so tests may adapt them. */
export function examples(event: string, action?: string): Record<string, unknown>[] {
  const found = definitions.find((d) => d.name === event)?.examples ?? [];
  return found.filter((e) => action === undefined || e.action === action).map((e) => structuredClone(e));
}

export function example(event: string, action: string): Record<string, unknown> {
  const [first] = examples(event, action);
  if (!first) throw new Error(`no ${event}.${action} example in @octokit/webhooks-examples`);
  return first;
}

/** The same payload as if the PR came from a fork (GitHub sends head.repo = the fork). */
export function fromFork(payload: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(payload) as { pull_request: { head: { repo: Record<string, unknown> } } };
  copy.pull_request.head.repo = {
    ...copy.pull_request.head.repo,
    full_name: 'mallory/Hello-World',
    owner: { login: 'mallory' },
    fork: true,
  };
  return copy;
}
