import yaml from 'js-yaml';
import { FRONT_MATTER_KEYS } from '../article/front-matter.js';

/**
 * The Decap CMS configuration (admin/config.yml) of a content repository: one collection per account of
 * policies/accounts.yml, whose fields are wxgate's front matter (DESIGN §3), so what an author saves in the
 * browser is an article `wxgate check` accepts unchanged. Editorial workflow: "Save" commits to a branch
 * `cms/<collection>/<slug>` and opens a pull request, which gets the same three checks as any other; `publish:
 * false` removes Decap's own merge button, so an article reaches the default branch only through a merge on GitHub
 * with the checks passed (github-governance.md §4.1: Decap's merge falls back to a force-merge commit).
 */
export const DECAP_VERSION = '3.16.3';
/** Subresource integrity of decap-cms@3.16.3/dist/decap-cms.js (test/install/decap.test.ts recomputes it). */
export const DECAP_INTEGRITY = 'sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p';

export interface CmsAccount {
  id: string;
  name: string;
}

export interface CmsOptions {
  /** `owner/name` of the content repository on GitHub. */
  repository: string;
  defaultBranch: string;
  accounts: readonly CmsAccount[];
  /** Departments with a head's approval rule (wxgate.yml `front_matter: department`), offered as a choice. */
  departments: readonly string[];
  /** The OAuth endpoint Decap's GitHub login goes through (`base_url`). */
  authEndpoint: string;
}

type Field = Record<string, unknown>;

/** Front-matter keys the CMS does not offer: a withdrawal is an admin's pull request, not an author's form. */
export const CMS_OMITTED_KEYS: readonly string[] = ['status'];

const optional = { required: false };

/** One Decap field per front-matter key, in the order of the schema. */
export function frontMatterFields(departments: readonly string[]): Field[] {
  const byKey: Record<string, Field> = {
    title: {
      label: '标题',
      name: 'title',
      widget: 'string',
      pattern: ['^.{1,32}$', '1–32 个字（微信草稿接口的上限）'],
    },
    author: { label: '作者', name: 'author', widget: 'string', pattern: ['^.{1,16}$', '1–16 个字'] },
    publish_at: {
      label: '计划发布时间（北京时间）',
      name: 'publish_at',
      widget: 'datetime',
      // No offset: wxgate reads it in the policy time zone, as typed (README, "Writing an article").
      format: 'YYYY-MM-DDTHH:mm:ss',
      date_format: 'YYYY-MM-DD',
      time_format: 'HH:mm',
      hint: '须在提交（保存）后至少 72 小时；更早须走加急流程',
    },
    cover: {
      label: '封面',
      name: 'cover',
      widget: 'image',
      choose_url: false,
      hint: '建议 900×383（2.35:1）',
    },
    digest: {
      label: '摘要',
      name: 'digest',
      widget: 'string',
      ...optional,
      pattern: ['^.{0,128}$', '不超过 128 个字'],
    },
    type: {
      label: '类型',
      name: 'type',
      widget: 'select',
      options: [
        { label: '原创', value: 'original' },
        { label: '转载', value: 'reprint' },
      ],
      default: 'original',
    },
    source: {
      label: '转载来源（转载必填）',
      name: 'source',
      widget: 'object',
      ...optional,
      collapsed: true,
      fields: [
        { label: '来源名称', name: 'name', widget: 'string', ...optional },
        { label: '原文链接', name: 'url', widget: 'string', ...optional },
        { label: '授权（谁、何时、范围）', name: 'authorization', widget: 'string', ...optional },
      ],
    },
    urgent: {
      label: '加急（提前量不足 72 小时时填写，须总经理批准）',
      name: 'urgent',
      widget: 'object',
      ...optional,
      collapsed: true,
      fields: [{ label: '加急原因', name: 'reason', widget: 'string', ...optional }],
    },
    department: departments.length
      ? { label: '提交部门', name: 'department', widget: 'select', options: [...departments], ...optional }
      : { label: '提交部门', name: 'department', widget: 'string', ...optional },
    repost_of: {
      label: '转发的集团文章（content/…/index.md）',
      name: 'repost_of',
      widget: 'string',
      ...optional,
    },
    major: { label: '集团重大新闻（各单位须转发）', name: 'major', widget: 'boolean', ...optional },
    comments: {
      label: '留言',
      name: 'comments',
      widget: 'object',
      ...optional,
      collapsed: true,
      fields: [
        { label: '开启留言', name: 'open', widget: 'boolean', ...optional },
        { label: '仅粉丝可留言', name: 'fans_only', widget: 'boolean', ...optional },
      ],
    },
    tags: { label: '标签', name: 'tags', widget: 'list', ...optional },
  };
  const fields: Field[] = [];
  for (const key of FRONT_MATTER_KEYS) {
    if (CMS_OMITTED_KEYS.includes(key)) continue;
    const field = byKey[key];
    // A key added to the schema without a field here would be unreachable for authors: fail at generation.
    if (!field) throw new Error(`front-matter key ${key} has no CMS field`);
    fields.push(field);
  }
  fields.push({ label: '正文', name: 'body', widget: 'markdown' });
  return fields;
}

export function decapConfig(options: CmsOptions): Record<string, unknown> {
  const fields = frontMatterFields(options.departments);
  return {
    backend: {
      name: 'github',
      repo: options.repository,
      branch: options.defaultBranch,
      base_url: options.authEndpoint,
      squash_merges: true,
    },
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    // Media beside each index.md (collection-level media_folder ''); this global one is required by Decap.
    media_folder: 'content',
    collections: options.accounts.map((account) => ({
      name: account.id,
      label: account.name,
      label_singular: '文章',
      folder: `content/${account.id}`,
      create: true,
      publish: false,
      format: 'frontmatter',
      extension: 'md',
      identifier_field: 'title',
      // content/<id>/<YYYY-MM-DD>-<slug>/index.md (format/article-path): the date is publish_at's, as typed, and
      // the rest its time of day, because a Chinese title gives no ASCII slug (Decap appends -1 on a clash). Both
      // are in the slug: Decap applies filters such as date() in a slug template but not in `path`.
      slug: "{{fields.publish_at | date('YYYY-MM-DD')}}-at-{{fields.publish_at | date('HHmm')}}",
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
      summary: "{{title}} · {{publish_at | date('YYYY-MM-DD HH:mm')}}",
      fields,
    })),
  };
}

export function decapConfigYaml(options: CmsOptions): string {
  const header = `# Decap CMS (the writing UI at /admin/), generated by wxgate from policies/accounts.yml and wxgate's front
# matter. Each article is a pull request (editorial workflow) with the same three checks; merging happens on GitHub.
# Values to fill in contain CHANGE-ME. After adding an account to accounts.yml, add its collection here
# (\`wxgate doctor\` reports a missing one).\n`;
  return header + yaml.dump(decapConfig(options), { lineWidth: 120, noRefs: true, quotingType: '"' });
}
