import { type Finding, problem } from './finding.js';

/** A reference to wxgate in a workflow: the Action by ref, or the npm package by version. */
export interface WxgateReference {
  file: string;
  line: number;
  kind: 'action' | 'package';
  /** The ref after `@` (action) or the version after `wxgate@` (package); '' when there is none. */
  version: string;
}

const ACTION = /^\s*-?\s*uses:\s*['"]?([\w.-]+)\/wxgate@([^\s'"#]*)/;
/** `wxgate@<version>` as npm takes it (not a path such as node_modules/wxgate/dist). */
const PACKAGE = /(?<![\w/.@-])wxgate@([^\s'"]*)/;
/** A package runner that would fetch whatever version is newest. */
const UNVERSIONED = /\b(npx|npm exec|pnpm dlx|yarn dlx)\b(\s+--?[\w-]+)*\s+wxgate(?=\s|$)/;
/** An exact release: a version tag v1, v1.2 or v1.2.3, or a full commit id. */
const PINNED_REF = /^(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;
const EXACT_VERSION = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;

/** Every wxgate Action and package reference in the workflows (comments aside). */
export function wxgateReferences(workflows: ReadonlyMap<string, string>): WxgateReference[] {
  const found: WxgateReference[] = [];
  for (const [file, text] of workflows) {
    text.split('\n').forEach((raw, i) => {
      const line = raw.replace(/(^|\s)#.*$/, '');
      const action = ACTION.exec(line);
      if (action) {
        found.push({ file, line: i + 1, kind: 'action', version: action[2] ?? '' });
        return;
      }
      const pkg = PACKAGE.exec(line);
      if (pkg) found.push({ file, line: i + 1, kind: 'package', version: pkg[1] ?? '' });
      else if (UNVERSIONED.test(line)) found.push({ file, line: i + 1, kind: 'package', version: '' });
    });
  }
  return found;
}

/**
 * The workflows must use wxgate at one fixed release: the Action by a version tag or commit id (never a branch
 * such as main), the npm package at an exact version (never latest or a range), and the same release in both.
 */
export function workflowVersionFindings(workflows: ReadonlyMap<string, string>): Finding[] {
  const refs = wxgateReferences(workflows);
  const findings: Finding[] = [];
  if (!refs.some((r) => r.kind === 'action')) {
    findings.push(
      problem(
        'workflow-missing',
        {
          zh: '没有工作流使用 wxgate Action：拉取请求得不到三项检查，分支规则要求的检查永远不会出现',
          en: 'no workflow uses the wxgate Action: pull requests get none of the three checks, and required checks never arrive',
        },
        {
          zh: '用 wxgate init 在空目录中生成 .github/workflows/pr-checks.yml 和 wxgate-review-relay.yml，复制过来。',
          en: 'generate .github/workflows/pr-checks.yml and wxgate-review-relay.yml with wxgate init in an empty folder and copy them.',
        },
      ),
    );
  }
  for (const ref of refs) {
    const pinned = ref.kind === 'action' ? PINNED_REF.test(ref.version) : EXACT_VERSION.test(ref.version);
    if (pinned) continue;
    const shown = ref.version === '' ? '（无版本）' : ref.version;
    findings.push(
      problem(
        'workflow-version',
        ref.kind === 'action'
          ? {
              zh: `wxgate Action 的引用 @${shown} 不是固定版本`,
              en: `the wxgate Action is used at @${ref.version}, not a release`,
            }
          : {
              zh: `wxgate 软件包的版本 ${shown} 不是固定版本`,
              en: `the wxgate package is used at "${ref.version}", not an exact version`,
            },
        ref.kind === 'action'
          ? {
              zh: '改为版本标签（如 @v1.2.3）或提交 SHA：分支会随时变化，发布流程须运行管理员批准过的代码。',
              en: 'use a version tag (e.g. @v1.2.3) or a commit SHA: a branch moves, and the publish job must run code the admins approved.',
            }
          : {
              zh: '写明确切版本（如 wxgate@1.2.3），不要用 latest 或范围。',
              en: 'name an exact version (e.g. wxgate@1.2.3), never latest or a range.',
            },
        { file: ref.file, line: ref.line },
      ),
    );
  }
  const releases = new Set(
    refs
      .map((r) => (r.kind === 'action' ? r.version.replace(/^v/, '') : r.version))
      .filter((v) => EXACT_VERSION.test(v) || /^\d+(\.\d+)?$/.test(v)),
  );
  const exact = [...releases].filter((v) => EXACT_VERSION.test(v));
  const agree = [...releases].every((v) => exact.some((e) => e === v || e.startsWith(`${v}.`)));
  if (exact.length > 1 || !agree) {
    findings.push(
      problem(
        'workflow-version',
        {
          zh: `工作流使用了不同的 wxgate 版本：${[...releases].join('、')}`,
          en: `the workflows use different wxgate releases: ${[...releases].join(', ')}`,
        },
        {
          zh: '升级时同时修改 pr-checks.yml 的 Action 标签和 publish.yml、audit.yml 中的版本。',
          en: 'upgrade the Action tag in pr-checks.yml and the version in publish.yml and audit.yml together.',
        },
      ),
    );
  }
  return findings;
}
