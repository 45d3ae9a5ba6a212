/**
 * The WeChat endpoints the emulator serves, after the server has authenticated the caller, checked its IP, its
 * quotas and the account's rights (server.ts). Each handler validates its body the way WeChat does and answers
 * WeChat's JSON shapes (reference §5–§8, §12). A new endpoint: a handler in endpoints/, a line in this table.
 */
import type { Handler } from './endpoints/common.js';
import {
  draftAdd,
  draftBatchget,
  draftCount,
  draftDelete,
  draftGet,
  draftUpdate,
} from './endpoints/drafts.js';
import { massDelete, sendall } from './endpoints/mass-send.js';
import { addMaterial, uploadimg, uploadTemp } from './endpoints/media.js';
import { getArticle, publishBatchget, publishDelete, publishGet, submit } from './endpoints/publishing.js';
import { clearQuota, quotaGet } from './endpoints/quota.js';

export { ApiError } from './api-error.js';
export type { Ctx, Handler } from './endpoints/common.js';

export interface EndpointSpec {
  method: 'GET' | 'POST';
  body: 'json' | 'multipart' | 'none';
  /** Since 2025-07 unverified accounts get 48001 here. */
  verifiedOnly?: boolean;
  handler: Handler;
}

/** Every business endpoint (the token endpoints are in server.ts). */
export const ENDPOINTS: Readonly<Record<string, EndpointSpec>> = {
  '/cgi-bin/media/uploadimg': { method: 'POST', body: 'multipart', handler: uploadimg },
  '/cgi-bin/material/add_material': { method: 'POST', body: 'multipart', handler: addMaterial },
  '/cgi-bin/media/upload': { method: 'POST', body: 'multipart', handler: uploadTemp },
  '/cgi-bin/draft/add': { method: 'POST', body: 'json', handler: draftAdd },
  '/cgi-bin/draft/get': { method: 'POST', body: 'json', handler: draftGet },
  '/cgi-bin/draft/delete': { method: 'POST', body: 'json', handler: draftDelete },
  '/cgi-bin/draft/update': { method: 'POST', body: 'json', handler: draftUpdate },
  '/cgi-bin/draft/batchget': { method: 'POST', body: 'json', handler: draftBatchget },
  '/cgi-bin/draft/count': { method: 'GET', body: 'none', handler: draftCount },
  '/cgi-bin/freepublish/submit': { method: 'POST', body: 'json', verifiedOnly: true, handler: submit },
  '/cgi-bin/freepublish/get': { method: 'POST', body: 'json', verifiedOnly: true, handler: publishGet },
  '/cgi-bin/freepublish/getarticle': {
    method: 'POST',
    body: 'json',
    verifiedOnly: true,
    handler: getArticle,
  },
  '/cgi-bin/freepublish/batchget': {
    method: 'POST',
    body: 'json',
    verifiedOnly: true,
    handler: publishBatchget,
  },
  '/cgi-bin/freepublish/delete': { method: 'POST', body: 'json', verifiedOnly: true, handler: publishDelete },
  '/cgi-bin/message/mass/sendall': { method: 'POST', body: 'json', verifiedOnly: true, handler: sendall },
  '/cgi-bin/message/mass/delete': { method: 'POST', body: 'json', verifiedOnly: true, handler: massDelete },
  '/cgi-bin/openapi/quota/get': { method: 'POST', body: 'json', handler: quotaGet },
  '/cgi-bin/clear_quota': { method: 'POST', body: 'json', handler: clearQuota },
};
