import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import type { FakeGitHub } from './fake-github.js';
import { companyRepo, REPO_TOKEN } from './repo-fixture.js';

let gh: FakeGitHub;
const warnings: string[] = [];

function client(options: { throttle?: boolean; retries?: number } = {}): GitHubClient {
  return createGitHubClient({
    token: REPO_TOKEN,
    baseUrl: gh.apiUrl,
    retryAfterBaseValue: 1,
    throttle: options.throttle ?? true,
    retries: options.retries ?? 3,
    log: { debug() {}, info() {}, warn: (m) => warnings.push(m) },
  });
}

beforeEach(async () => {
  gh = await companyRepo().gh.start();
  warnings.length = 0;
});
afterEach(() => gh.stop());

const PULL = /\/repos\/Codertocat\/Hello-World\/pulls\/2$/;

describe('createGitHubClient against a GitHub-like server', () => {
  it('talks to the baseUrl with the token (GitHub Enterprise Server prefix /api/v3)', async () => {
    const { data } = await client().rest.pulls.get({
      owner: 'Codertocat',
      repo: 'Hello-World',
      pull_number: 2,
    });
    expect(data.number).toBe(2);
    const [request] = gh.requests('GET', PULL);
    expect(request?.token).toBe(REPO_TOKEN);
  });

  it('retries a 5xx and then succeeds', async () => {
    gh.fail('GET', PULL, { times: 2, status: 502 });
    const { data } = await client({ throttle: false }).rest.pulls.get({
      owner: 'Codertocat',
      repo: 'Hello-World',
      pull_number: 2,
    });
    expect(data.number).toBe(2);
    expect(gh.requests('GET', PULL).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('gives up after a bounded number of retries', async () => {
    gh.fail('GET', PULL, { times: 10, status: 503 });
    await expect(
      client({ throttle: false, retries: 2 }).rest.pulls.get({
        owner: 'Codertocat',
        repo: 'Hello-World',
        pull_number: 2,
      }),
    ).rejects.toMatchObject({ status: 503 });
    expect(gh.requests('GET', PULL)).toHaveLength(3);
  });

  it('waits out a primary rate limit (403, x-ratelimit-remaining: 0) and retries', async () => {
    gh.fail('GET', PULL, {
      times: 1,
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1),
      },
      body: { message: 'API rate limit exceeded for installation ID 1.' },
    });
    const { data } = await client().rest.pulls.get({
      owner: 'Codertocat',
      repo: 'Hello-World',
      pull_number: 2,
    });
    expect(data.number).toBe(2);
    expect(gh.requests('GET', PULL).map((r) => r.status)).toEqual([403, 200]);
    expect(warnings.join('\n')).toMatch(/primary rate limit.*retrying/);
  });

  it('honours retry-after on a secondary rate limit (429) and retries', async () => {
    gh.fail('GET', PULL, {
      times: 1,
      status: 429,
      headers: { 'retry-after': '2' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      },
    });
    const { data } = await client().rest.pulls.get({
      owner: 'Codertocat',
      repo: 'Hello-World',
      pull_number: 2,
    });
    expect(data.number).toBe(2);
    expect(gh.requests('GET', PULL).map((r) => r.status)).toEqual([429, 200]);
    expect(warnings.join('\n')).toMatch(/secondary rate limit.*retrying in 2 s/);
  });

  it('does not wait for a rate limit that resets too far away', async () => {
    gh.fail('GET', PULL, {
      times: 5,
      status: 403,
      headers: {
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      },
      body: { message: 'API rate limit exceeded' },
    });
    await expect(
      client().rest.pulls.get({ owner: 'Codertocat', repo: 'Hello-World', pull_number: 2 }),
    ).rejects.toMatchObject({ status: 403 });
    expect(gh.requests('GET', PULL)).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/giving up/);
  });
});
