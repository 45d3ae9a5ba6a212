import type { Locale } from '../../lint/types.js';
import type { Finding } from './finding.js';

export interface DoctorReport {
  /** The repository folder checked. */
  root: string;
  online: boolean;
  /** `owner/name` and default branch, when checked online. */
  repository?: { name: string; defaultBranch: string };
  findings: Finding[];
}

export function problemCount(report: DoctorReport): number {
  return report.findings.filter((f) => f.severity === 'problem').length;
}

/** Shows control and bidi characters as escapes: a file's text must not rewrite the terminal. */
function safe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function formatDoctorText(report: DoctorReport, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const lines: string[] = [];
  const mode = report.online ? (zh ? '在线' : 'online') : zh ? '离线' : 'offline';
  lines.push(`wxgate doctor · ${safe(report.root)} (${mode})`);
  if (report.repository) {
    lines.push(
      zh
        ? `仓库 ${safe(report.repository.name)}，默认分支 ${safe(report.repository.defaultBranch)}（取自 GitHub）`
        : `repository ${safe(report.repository.name)}, default branch ${safe(report.repository.defaultBranch)} (from GitHub)`,
    );
  }
  for (const f of report.findings) {
    const mark = f.severity === 'problem' ? '✗' : 'ℹ';
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}  ` : '';
    lines.push(`${mark} ${safe(where)}${safe(zh ? f.message.zh : f.message.en)}  [${f.check}]`);
    lines.push(`    ${zh ? '修改' : 'fix'}: ${safe(zh ? f.fix.zh : f.fix.en)}`);
  }
  const problems = problemCount(report);
  const notes = report.findings.length - problems;
  lines.push(
    problems === 0
      ? zh
        ? `✓ 没有发现问题（${notes} 条提示）。`
        : `✓ no problems (${notes} notes).`
      : zh
        ? `✗ ${problems} 个问题，${notes} 条提示。`
        : `✗ ${problems} problems, ${notes} notes.`,
  );
  if (!report.online) {
    lines.push(
      zh
        ? '在线检查（团队、分支规则、环境和密钥）：GITHUB_TOKEN=… wxgate doctor --online'
        : 'Online checks (teams, rulesets, environment and secrets): GITHUB_TOKEN=… wxgate doctor --online',
    );
  }
  return `${lines.join('\n')}\n`;
}

export function formatDoctorJson(report: DoctorReport): string {
  return `${JSON.stringify({ ...report, problems: problemCount(report) }, null, 2)}\n`;
}
