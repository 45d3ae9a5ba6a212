import type { Section } from '../../article/sections.js';

/**
 * A section that is an advertisement or a sponsored promotion (互联网广告管理办法第九条: ads must be identifiable):
 * a heading that says so ([活动], 广告, 推广, 赞助), or a body that thanks a sponsor (本期周刊得到了……的支持), says
 * 广告 or has a sponsor introduce itself. Every claim inside it is an ad the account carries, whoever's goods it
 * praises. Only the innermost section below the title counts: a newsletter issue is one level-1 section whose
 * sponsor's thanks must not turn its news into ads.
 */
const HEADING = /^\s*[[【](?:活动|广告|推广|赞助|合作)[\]】]|广告|推广|赞助|软文/u;
const BODY =
  /(?:本期|本周|本文|本篇|周刊|本节)[^。\n]{0,16}(?:得到|获得|受到)[^。\n]{0,80}?(?:支持|赞助)|赞助商|广告位|以下(?:为|是)广告|[（(]广告[)）]|合作推广|[（(]推广[)）]|(?:在|向|通过)(?:本期|本?周刊|本号|公众号|本刊)上?[^。\n]{0,12}介绍(?:一下)?(?:自己|他们|产品)/u;

/** The promotion cue of the innermost section among `sections` (outermost first), if it is promoted. */
export function promotionCue(sections: readonly Section[]): string | undefined {
  const section = sections.at(-1);
  if (!section || section.depth < 2) return undefined;
  if (HEADING.test(section.heading)) return section.heading;
  return BODY.exec(section.source)?.[0];
}
