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
