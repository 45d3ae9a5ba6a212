import { describe, expect, it } from 'vitest';
import { shippedLexicons } from '../helpers.js';

/** The shipped word lists explain themselves in English too (--locale en), not only in Chinese. */
describe('English notes of the shipped word lists', () => {
  const entries = shippedLexicons().entries;
  const law = entries.filter((e) => e.rule.startsWith('law/'));

  it('every law/* entry has a note_en', () => {
    expect(law.length).toBeGreaterThan(200);
    const missing = law
      .filter((e) => !e.noteEn?.trim())
      .map((e) => `${e.file}:${e.line} ${e.term ?? e.pattern}`);
    expect(missing).toEqual([]);
  });

  it('so does every wechat/* entry', () => {
    const wechat = entries.filter((e) => e.rule.startsWith('wechat/'));
    expect(wechat.length).toBeGreaterThan(40);
    expect(wechat.filter((e) => !e.noteEn?.trim()).map((e) => `${e.file}:${e.line}`)).toEqual([]);
  });

  it('each note_en is English, not the Chinese note copied', () => {
    // Chinese may be quoted (the term itself, a phrase that is fine), but the sentence around it is English.
    const notEnglish = entries
      .filter((e) => e.noteEn === e.note || (e.noteEn?.match(/[A-Za-z]/g) ?? []).length < 15)
      .map((e) => `${e.file}:${e.line}`);
    expect(notEnglish).toEqual([]);
  });
});
