import formatArticlePath from './format/article-path.js';
import formatBoldBrokenCjk from './format/bold-broken-cjk.js';
import formatFrontMatter from './format/front-matter.js';
import formatHeadingIncrement from './format/heading-increment.js';
import formatImageAlt from './format/image-alt.js';
import formatRawHtml from './format/raw-html.js';
import formatSuppression from './format/suppression.js';
import lawAdAbsoluteTerm from './law/ad-absolute-term.js';
import lawAdMedicalClaim from './law/ad-medical-claim.js';
import lawAdReturnPromise from './law/ad-return-promise.js';
import lawPersonalInfo from './law/personal-info.js';
import lawProhibitedContent from './law/prohibited-content.js';
import sourceReprintAttribution from './source/reprint-attribution.js';
import sourceReprintAuthorization from './source/reprint-authorization.js';
import styleParagraphLength from './style/paragraph-length.js';
import styleRareChar from './style/rare-char.js';
import styleSentenceLength from './style/sentence-length.js';
import styleTraditionalChar from './style/traditional-char.js';
import type { Rule } from './types.js';
import typoCjkLatinSpace from './typo/cjk-latin-space.js';
import typoCjkNumberSpace from './typo/cjk-number-space.js';
import typoDuplicatePunct from './typo/duplicate-punct.js';
import typoFullwidthPunct from './typo/fullwidth-punct.js';
import typoInvisibleChars from './typo/invisible-chars.js';
import wechatAuthorLength from './wechat/author-length.js';
import wechatClickbaitTitle from './wechat/clickbait-title.js';
import wechatContentSize from './wechat/content-size.js';
import wechatDigestLength from './wechat/digest-length.js';
import wechatExternalImage from './wechat/external-image.js';
import wechatExternalLink from './wechat/external-link.js';
import wechatImageFile from './wechat/image-file.js';
import wechatInducedFollow from './wechat/induced-follow.js';
import wechatInducedShare from './wechat/induced-share.js';
import wechatTitleLength from './wechat/title-length.js';

/** Every rule wxgate ships, in documentation order. */
export const RULES: readonly Rule[] = [
  formatFrontMatter,
  formatArticlePath,
  formatHeadingIncrement,
  formatImageAlt,
  formatBoldBrokenCjk,
  formatRawHtml,
  formatSuppression,
  lawProhibitedContent,
  lawAdAbsoluteTerm,
  lawAdMedicalClaim,
  lawAdReturnPromise,
  lawPersonalInfo,
  sourceReprintAttribution,
  sourceReprintAuthorization,
  wechatInducedShare,
  wechatInducedFollow,
  wechatClickbaitTitle,
  wechatExternalLink,
  wechatExternalImage,
  wechatImageFile,
  wechatTitleLength,
  wechatAuthorLength,
  wechatDigestLength,
  wechatContentSize,
  typoCjkLatinSpace,
  typoCjkNumberSpace,
  typoFullwidthPunct,
  typoDuplicatePunct,
  typoInvisibleChars,
  styleSentenceLength,
  styleParagraphLength,
  styleRareChar,
  styleTraditionalChar,
];
