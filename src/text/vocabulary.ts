/**
 * The words every part of wxgate shares: how severe a finding is and which language a person reads. They sit at
 * the bottom of the source tree (src/text/), importing nothing, so that the article parser, the rules, the
 * governance evaluators and the reporters can all use them without importing each other.
 */

/** Severities a policy may give a rule. `off` disables it. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Locale = 'zh-CN' | 'en';

/** Every user-facing sentence exists in both languages; the reporter picks one. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/**
 * A finding as a person reads it: the sentence in their language, then the clause, law or platform rule it rests
 * on. Findings carry both languages and their source to the end; every reporter (terminal, JSON, SARIF, the pull
 * request's check runs and comment, `wxgate explain`) calls this with the locale it was given, so the language is
 * chosen in one place and the same cached or worker-made result serves either.
 */
export function compose(message: LocalizedText, source: string, locale: Locale): string {
  return locale === 'en' ? `${message.en} (Source: ${source})` : `${message.zh}（依据：${source}）`;
}
