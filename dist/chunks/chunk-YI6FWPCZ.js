#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);
import {
  imageFormatOf,
  isAccepted
} from "./chunk-FUNH44E3.js";

// src/wechat/errcodes.ts
var CLIENTMSGID_ALREADY_SENT = 45065;
var CLIENTMSGID_REPEATED_TOO_SOON = 45066;
var TOKEN_ERRCODES = /* @__PURE__ */ new Set([40001, 40014, 42001]);
var TOKEN_ENDPOINTS = /* @__PURE__ */ new Set(["/cgi-bin/stable_token", "/cgi-bin/token"]);
var BEIJING_OFFSET_MS = 8 * 36e5;
var DAY_MS = 864e5;
function nextDailyReset(nowMs) {
  const day = Math.floor((nowMs + BEIJING_OFFSET_MS) / DAY_MS);
  return new Date((day + 1) * DAY_MS - BEIJING_OFFSET_MS);
}
function beijingDate(nowMs) {
  return new Date(nowMs + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}
function formatBeijing(date) {
  const wall = new Date(date.getTime() + BEIJING_OFFSET_MS).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 16)} (Asia/Shanghai)`;
}
function ipFromErrmsg(errmsg) {
  const m = /invalid ip ([0-9A-Fa-f.:]+?)(?:,|\s|$)/.exec(errmsg);
  return m?.[1];
}
var INVALID_INPUT = {
  40005: {
    zh: "图片格式不支持：正文图片只能是 jpg/png",
    en: "unsupported image type: body images must be jpg or png"
  },
  40006: { zh: "文件大小不合法，请压缩后重传", en: "invalid file size: compress the file and upload again" },
  40009: {
    zh: "图片太大：正文图片须小于 1 MB，封面须不超过 10 MB",
    en: "image too large: body images must be under 1 MB, covers at most 10 MB"
  },
  40004: { zh: "素材类型不合法", en: "invalid media type" },
  40113: {
    zh: "文件类型不支持：微信按文件扩展名判断（正文图片只收 jpg/png，封面素材收 jpg/png/gif/bmp）；wxgate 按图片实际格式命名上传，出现此错误说明图片本身不是这些格式，请转换后重新提交",
    en: "unsupported file type: WeChat judges uploads by the file name extension (body images jpg/png only; cover material jpg/png/gif/bmp); wxgate names each upload after its real format, so the image itself is not one of these — convert it and commit again"
  },
  40137: {
    zh: "图片格式无效：文件内容与扩展名不符或图片已损坏，请用图片工具重新导出为 jpg/png",
    en: "invalid image format: the bytes are not the image type the name says, or the image is damaged; export it again as jpg/png"
  },
  40066: {
    zh: "链接不合法：正文不能含外部链接（<a>），请改成文末参考资料",
    en: "invalid url: the body must not link outside mp.weixin.qq.com; turn links into footnotes"
  },
  41039: { zh: "“阅读原文”链接不合法", en: "invalid content_source_url (阅读原文 link)" },
  45002: {
    zh: "正文太长：content 须少于 20,000 字符且小于 1 MB",
    en: "content too long: it must be under 20,000 characters and under 1 MB"
  },
  45003: { zh: "标题太长：最多 32 个字", en: "title too long: at most 32 characters" },
  45004: { zh: "摘要太长：最多 128 个字", en: "digest too long: at most 128 characters" },
  45005: { zh: "链接太长：最多 1 KB", en: "url too long: at most 1 KB" },
  45110: { zh: "作者名太长：最多 16 个字", en: "author too long: at most 16 characters" },
  45166: {
    zh: "正文内容不合法：检查超链接、脚本和不支持的标签",
    en: "content rejected: check links, scripts and unsupported tags"
  },
  53503: {
    zh: "草稿未通过发布检查，请修改内容后重新提交",
    en: "the draft failed the pre-publish check: change the content and submit again"
  },
  88e3: {
    zh: "该账号没有留言权限：把 comments.open 设为 false",
    en: "the account has no comment privilege: set comments.open to false"
  },
  44003: { zh: "图文内容为空", en: "empty article data" },
  40114: { zh: "草稿文章序号不合法", en: "invalid article index in the draft" },
  45065: { zh: "该 clientmsgid 已群发过", en: "a mass send with this clientmsgid was already made" },
  45066: {
    zh: "同一 clientmsgid 重试过快，一分钟后再试",
    en: "same clientmsgid retried too fast; retry after a minute"
  }
};
function meaningOf(errcode, errmsg, endpoint, nowMs) {
  const onTokenEndpoint = TOKEN_ENDPOINTS.has(endpoint);
  switch (errcode) {
    case -1:
      return {
        kind: "transient",
        hint: { zh: "微信系统繁忙，请稍后再试", en: "WeChat is busy (system error); try again later" }
      };
    case 40001:
    case 40014:
    case 42001:
      if (onTokenEndpoint) return credentials();
      return {
        kind: "token",
        hint: {
          zh: "access_token 刷新一次后仍被拒绝：检查 AppSecret，以及是否有其他程序在强制刷新 token",
          en: "the access token was rejected again after one refresh: check the AppSecret and whether another program force-refreshes tokens"
        }
      };
    case 40013:
    case 40125:
    case 40243:
    case 41002:
    case 41004:
    case 50004:
    case 50007:
      return credentials();
    case 40164:
    case 61004: {
      const ip = ipFromErrmsg(errmsg);
      const shown = ip ?? "（见错误信息）";
      return {
        kind: "ip-not-allowed",
        ...ip === void 0 ? {} : { ip },
        hint: {
          zh: `出口 IP ${shown} 不在该公众号的 IP 白名单中：请管理员在 微信开发者平台 → 我的业务 → 公众号 → 基础信息 → API IP 白名单 中添加它（几分钟后生效）；发布任务须从固定出口 IP 运行（自建 runner 或通过 WECHAT_API_BASE 走公司代理）。不会重试。`,
          en: `egress IP ${ip ?? "(see errmsg)"} is not on the account's API IP allow-list: an administrator must add it (WeChat developer platform → My business → Official Account → Basic info → API IP allow-list; takes a few minutes). Run the publish job from a fixed egress IP (self-hosted runner, or a company proxy via WECHAT_API_BASE). Not retried.`
        }
      };
    }
    case 89503:
    case 89506:
    case 89507:
      return {
        kind: "needs-confirmation",
        hint: {
          zh: "此次调用需要公众号管理员在微信中确认（或该 IP 已被管理员拒绝），确认后再运行",
          en: "this call needs the account administrator's confirmation in WeChat (or the IP was refused); run again after it is confirmed"
        }
      };
    case 45009: {
      const resetsAt = nextDailyReset(nowMs);
      return {
        kind: "quota",
        resetsAt,
        hint: {
          zh: `今日该接口调用次数已用完，${formatBeijing(resetsAt)} 后重置（北京时间 0 点）；管理员也可在公众平台清零（每月 10 次）。不会重试。`,
          en: `the daily quota of this API is used up; it resets at ${resetsAt.toISOString()} (00:00 Beijing time); an administrator can also clear it (10 times a month). Not retried.`
        }
      };
    }
    case 45011: {
      const resetsAt = new Date((Math.floor(nowMs / 6e4) + 1) * 6e4);
      return {
        kind: "quota",
        resetsAt,
        hint: {
          zh: `该接口每分钟调用次数已用完，${formatBeijing(resetsAt)} 后可再试`,
          en: `the per-minute quota of this API is used up; try again after ${resetsAt.toISOString()}`
        }
      };
    }
    case 45028: {
      const resetsAt = nextDailyReset(nowMs);
      return {
        kind: "quota",
        resetsAt,
        hint: {
          zh: "群发次数已用完（订阅号每天 1 次，服务号每月 4 次）",
          en: "no mass-send quota left (subscription accounts: 1 a day; service accounts: 4 a month)"
        }
      };
    }
    case 48001:
      return {
        kind: "unauthorized-api",
        hint: {
          zh: "该账号无权调用此接口（2025 年 7 月起，未认证账号不能通过 API 发表或群发）：请把该账号的发布方式设为 draft-only，由人工在公众平台发表草稿",
          en: "this account may not call this API (since July 2025 unverified accounts cannot publish or mass-send through the API): use publish method draft-only and let a person publish the draft in the MP web UI"
        }
      };
    case 48004:
    case 50002:
    case 53500:
      return {
        kind: "account-restricted",
        hint: {
          zh: "该账号或此接口已被平台限制，请登录公众平台查看通知",
          en: "the account or this API is restricted by the platform; see the notices in the MP web UI"
        }
      };
    case 40007:
    case 53502:
    case 53600:
      return {
        kind: "not-found",
        hint: {
          zh: "ID 无效：素材/草稿不存在、已过期或已发表，或 publish_id / article_id 不存在",
          en: "unknown id: the media or draft does not exist, expired or was already published, or the publish_id / article_id is unknown"
        }
      };
    case 53504:
    case 53505:
      return {
        kind: "manual-action",
        hint: {
          zh: "该草稿需在公众平台网页中手动保存或发表",
          en: "this draft must be saved or published by hand in the MP web UI"
        }
      };
    case 41001:
    case 41005:
    case 43002:
    case 44002:
    case 47001:
    case 40002:
      return {
        kind: "protocol",
        hint: {
          zh: "wxgate 发出的请求格式不对，这是 wxgate 的缺陷，请报告",
          en: "wxgate sent a malformed request; this is a bug in wxgate, please report it"
        }
      };
    default: {
      const known = INVALID_INPUT[errcode];
      if (known) return { kind: "invalid", hint: known };
      return {
        kind: "unknown",
        hint: {
          zh: `微信返回错误码 ${errcode}，请查阅微信全局错误码说明`,
          en: `WeChat returned errcode ${errcode}; see WeChat's global error code list`
        }
      };
    }
  }
}
function credentials() {
  return {
    kind: "credentials",
    hint: {
      zh: "获取 access_token 失败：检查该账号的 AppID 和 AppSecret（开发密钥）是否正确、未被重置或冻结",
      en: "could not get an access token: check the account's AppID and AppSecret (not reset, not frozen)"
    }
  };
}

// src/wechat/image-type.ts
function sniffImage(data) {
  const format = imageFormatOf(data);
  return isAccepted(format) ? format : void 0;
}
var IMAGE_CONTENT_TYPE = {
  png: "image/png",
  jpeg: "image/jpeg",
  gif: "image/gif",
  bmp: "image/bmp"
};
var IMAGE_EXTENSION = {
  png: "png",
  jpeg: "jpg",
  gif: "gif",
  bmp: "bmp"
};
function formatOfName(filename) {
  const ext = /\.([A-Za-z]+)$/.exec(filename)?.[1]?.toLowerCase();
  if (ext === "jpg" || ext === "jpeg") return "jpeg";
  return ext === "png" || ext === "gif" || ext === "bmp" ? ext : void 0;
}
function uploadName(bytes, filename) {
  const format = sniffImage(bytes);
  if (format) return { name: `image.${IMAGE_EXTENSION[format]}`, type: IMAGE_CONTENT_TYPE[format] };
  return { name: filename.split(/[\\/]/).pop() || "image", type: "application/octet-stream" };
}

export {
  CLIENTMSGID_ALREADY_SENT,
  CLIENTMSGID_REPEATED_TOO_SOON,
  TOKEN_ERRCODES,
  beijingDate,
  meaningOf,
  sniffImage,
  IMAGE_CONTENT_TYPE,
  formatOfName,
  uploadName
};
