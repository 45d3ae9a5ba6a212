/**
 * A mistake in what a user gave us (a policy file, a lexicon, a CLI flag): reported with its place and exit
 * code 2, never with a stack trace. Anything else thrown is a bug in wxgate.
 */
export class ConfigurationError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;
  /** The message in Chinese, where the command that meets it speaks Chinese to the person running it. */
  readonly zh: string | undefined;

  constructor(message: string, place: { file?: string; line?: number; field?: string; zh?: string } = {}) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
    this.zh = place.zh;
  }

  /**
   * `policies/wxgate.yml:12: field "lead_time.hours": must be a positive number`; in Chinese
   * `policies/wxgate.yml:12：字段 "lead_time.hours"：…` when the error has a Chinese message.
   */
  describe(locale: 'zh-CN' | 'en' = 'en'): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}` : '';
    if (locale === 'zh-CN' && this.zh !== undefined) {
      return `${where ? `${where}：` : ''}${this.field ? `字段 "${this.field}"：` : ''}${this.zh}`;
    }
    return `${where ? `${where}: ` : ''}${this.field ? `field "${this.field}": ` : ''}${this.message}`;
  }
}
