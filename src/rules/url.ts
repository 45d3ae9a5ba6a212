/**
 * Where a rule is documented: its section of docs/rules.md. The runner stamps this on every message (so a report
 * links to the rule's examples) and the generated README table links to the same place.
 */
export function ruleUrl(id: string): string {
  return `docs/rules.md#${ruleAnchor(id)}`;
}

/** GitHub's heading anchor for `## law/ad-absolute-term`. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9 -]/g, '');
}
