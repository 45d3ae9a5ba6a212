/**
 * The Logger contract (DESIGN §5): where a use case or an adapter writes what a person running it should see.
 * One line per call, no trailing newline. `debug` is optional: most sinks drop it.
 */
export interface Logger {
  debug?(line: string): void;
  info(line: string): void;
  warn(line: string): void;
}

/** Writes nothing. */
export const silentLogger: Logger = { info() {}, warn() {} };

/** The same sink with every line rewritten first (masking secrets, prefixing the account…). */
export function mapLines(logger: Logger, rewrite: (line: string) => string): Logger {
  return {
    debug: (line) => logger.debug?.(rewrite(line)),
    info: (line) => logger.info(rewrite(line)),
    warn: (line) => logger.warn(rewrite(line)),
  };
}

/** Only the warnings of a chatty source (an HTTP client's per-call lines stay out of a run's output). */
export function warningsOnly(logger: Logger): Logger {
  return { info() {}, warn: (line) => logger.warn(line) };
}
