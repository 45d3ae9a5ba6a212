/**
 * The errmsg texts WeChat sends (reference §3 and §12), and the ` rid: …` suffix real answers carry. Where the real
 * English text was never captured the reference's Chinese description is used, as the reference does.
 */
import { randomBytes } from 'node:crypto';

export const ERRMSG: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40001:
    'invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken, more details at https://mmbizurl.cn/s/JtxxFh33r',
  40002: 'invalid grant_type',
  40004: 'invalid media type',
  40005: 'invalid file type',
  40006: 'invalid file size',
  40007: 'invalid media_id',
  40009: 'invalid image size',
  40012: 'invalid thumb size',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40066: 'invalid url',
  40113: 'unsupported file type hint',
  40114: 'invalid index value',
  40125: 'invalid appsecret',
  40137: 'invalid image format hint',
  40243: 'AppSecret已被冻结，请解冻后再次调用。',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41005: 'media data missing',
  41039: 'invalid content_source_url',
  42001: 'access_token expired',
  43002: 'require POST method',
  44002: 'empty post data',
  44003: 'empty news data',
  45002: 'content size out of limit',
  45003: 'title size out of limit',
  45004: 'description size out of limit',
  45005: 'url size out of limit',
  45008: 'article size out of limit',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit mustslower retry next minute',
  45028: 'has no masssend quota',
  45065: 'clientmsgid exist',
  45066: 'same clientmsgid retry too fast',
  45110: 'author size out of limit',
  45166: 'invalid content',
  47001: 'data format error',
  48001: 'api unauthorized',
  48004: 'api forbidden for irregularities',
  48006: 'forbid to clear quota because of reaching the limit',
  50002: 'user limited',
  53500: '发表功能被封禁',
  53501: '频繁请求发表',
  53502: 'Publish ID 无效',
  53503: '该草稿未通过发布检查',
  53504: '需前往公众平台官网使用草稿',
  53505: '请手动保存成功后再发表',
  53600: 'Article ID 无效',
  88000: 'without comment privilege',
  89503: '此次调用需要管理员确认，请耐心等候',
  89506: '24小时内该IP被管理员拒绝调用两次，24小时内不可再使用该IP调用',
  89507: '1小时内该IP被管理员拒绝调用一次，1小时内不可再使用该IP调用',
};

/** ` rid: 6612a1b3-0c5e8d21-4f7b1c90`: three dash-separated groups of 8 hex digits. */
export function rid(): string {
  const hex = randomBytes(12).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 16)}-${hex.slice(16, 24)}`;
}

/** `{"errcode": N, "errmsg": "<text> rid: …"}`; `hint` adds WeChat's older ` hint: [xxxx]` marker. */
export function errorBody(
  errcode: number,
  errmsg?: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const text = errmsg ?? ERRMSG[errcode] ?? 'unknown error';
  return { errcode, errmsg: `${text} rid: ${rid()}`, ...extra };
}
