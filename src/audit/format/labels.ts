import type { Locale, LocalizedText } from '../../text/vocabulary.js';
import type { ArticleStatus } from '../articles.js';
import type { AnomalyKind, Severity } from '../types.js';

export const KIND_LABELS: Record<AnomalyKind, LocalizedText> = {
  'content-mismatch': {
    zh: '发布内容与合并/审批的内容不符',
    en: 'published content differs from what was merged/approved',
  },
  'approval-missing': { zh: '缺少必需的审批', en: 'required approval missing' },
  'approvals-unknown': { zh: '审批情况未知', en: 'approvals unknown' },
  'lead-time': { zh: '提前量不足且无完整加急记录', en: 'lead time short without a complete urgent record' },
  'direct-push': { zh: '未经 PR 的提交', en: 'change without a merged pull request' },
  'record-without-article': { zh: '有记录无文章', en: 'record without its article' },
  unpublished: { zh: '到期未发布', en: 'due but not published' },
  'double-publish': { zh: '重复发布', en: 'published more than once' },
  'edited-after-publish': { zh: '发布后被修改', en: 'edited after publishing' },
  'policy-change': { zh: '政策变更', en: 'policy change' },
  'history-rewritten': { zh: '历史被改写', en: 'history rewritten' },
  'trailer-mismatch': { zh: '记录附注与内容不符', en: 'record trailers and YAML disagree' },
};

export const SEVERITY_LABELS: Record<Severity, LocalizedText> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export const STATUS_LABELS: Record<ArticleStatus, LocalizedText> = {
  published: { zh: '已发布', en: 'published' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
  failed: { zh: '失败', en: 'failed' },
  'handed-off': { zh: '待人工发表', en: 'handed off (draft)' },
  'in-progress': { zh: '发布中', en: 'in progress' },
  unpublished: { zh: '到期未发布', en: 'due, not published' },
  scheduled: { zh: '未到期', en: 'scheduled' },
};

export function pick(text: LocalizedText, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}
