/**
 * A mistake in what a user gave us (a policy file, a lexicon, a CLI flag): reported with its place and exit
 * code 2, never with a stack trace. Anything else thrown is a bug in wxgate.
 */
export class ConfigurationError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(message: string, place: { file?: string; line?: number; field?: string } = {}) {
    super(message);
    this.name = 'ConfigurationError';
    this.file = place.file;
    this.line = place.line;
    this.field = place.field;
  }

  /** `policies/wxgate.yml:12: field "lead_time.hours": must be a positive number` */
  describe(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    const field = this.field ? `field "${this.field}": ` : '';
    return `${where}${field}${this.message}`;
  }
}
