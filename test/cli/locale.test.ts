import { describe, expect, it } from 'vitest';
import { FRONT_MATTER, lint, said } from '../helpers.js';
import { runMain } from './run-main.js';

const run = (argv: string[], env: Record<string, string> = {}) => runMain(argv, { env });

describe('one output language for every command', () => {
  it('Chinese by default; WXGATE_LOCALE=en or --locale en for English', async () => {
    const zh = await run(['rules']);
    const en = await run(['rules'], { WXGATE_LOCALE: 'en' });
    expect(zh.out).toContain('YAML 头信息完整且合法');
    expect(en.out).toContain('Front matter is complete and valid');
    expect((await run(['rules', '--locale', 'zh-CN'], { WXGATE_LOCALE: 'en' })).out).toContain('YAML 头信息');
    expect(await run(['rules'], { WXGATE_LOCALE: 'fr' })).toMatchObject({
      code: 2,
      err: expect.stringContaining('WXGATE_LOCALE must be one of zh-CN, en (got "fr")'),
    });
  });

  it('lexicon notes: note_en in English', () => {
    const en = (body: string) => lint(`${FRONT_MATTER}\n${body}\n`).messages.map((m) => said(m, 'en'));
    expect(en('本产品保本保息，欢迎购买。')).toEqual([
      expect.stringContaining(
        'Do not promise the principal or a return. Delete it and state the investment risk truthfully.',
      ),
    ]);
    expect(en('本店全网第一。')).toEqual([
      expect.stringContaining(
        'Delete it, or replace it with a verifiable fact limited in time and platform, and cite the source.',
      ),
    ]);
    // An entry without note_en shows its Chinese note, marked as such (test/rules/wordlist-rules.test.ts).
    expect(en('转发朋友圈即可领取红包。')).toEqual([
      expect.stringContaining('Luring users to repost to Moments with rewards breaks WeChat'),
    ]);
  });
});
