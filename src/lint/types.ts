/** Severities a policy may give a rule. `off` disables it. */
export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type Locale = 'zh-CN' | 'en';

/** Every user-facing sentence exists in both languages; the reporter picks one. */
export interface LocalizedText {
  zh: string;
  en: string;
}
