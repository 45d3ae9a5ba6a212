/**
 * Secrets never reach a log line: the app secret and access tokens are replaced by `***` wherever they appear, by
 * value (when known) and by shape (`access_token=…` in URLs, `"secret": "…"` and `"access_token": "…"` in bodies).
 */

const SHAPES: readonly [RegExp, string][] = [
  [/([?&](?:access_token|secret|appsecret)=)[^&#\s"']*/gi, '$1***'],
  [/("(?:secret|appsecret|access_token)"\s*:\s*")(?:[^"\\]|\\.)*"/gi, '$1***"'],
];

export function maskSecrets(text: string, known: Iterable<string | undefined> = []): string {
  let out = text;
  for (const value of known) {
    // Short values would mask ordinary words; secrets and tokens are long.
    if (value && value.length >= 6) out = out.split(value).join('***');
  }
  for (const [pattern, replacement] of SHAPES) out = out.replace(pattern, replacement);
  return out;
}
