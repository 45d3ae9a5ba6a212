import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/bold-broken-cjk.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：CommonMark 强调规则（commonmark-spec #650））';
const punct = (written: string, fixed: string) =>
  `${written}没有变成粗体，读者会看到原样的 **：按 CommonMark 规则，紧挨中文标点的粗体标记无法配对。请把标记移到标点外侧，写成${fixed}。${SOURCE}`;

describe('format/bold-broken-cjk', () => {
  it('accepts bold that CommonMark closes', () => {
    expect(
      check(
        `${FRONT_MATTER}这是**粗体**吗？**真**。她说。她「**引用**」说。“**你好**”他说。**注意**：请带证件。这**很重要。**\n`,
      ),
    ).toEqual([]);
  });

  it('reports bold closed after Chinese punctuation and suggests moving the marker outside', () => {
    expect(check(`${FRONT_MATTER}**真。**她说。\n`)).toEqual([
      `7:1-7:7 error ${punct('「**真。**」', '「**真**。」')}`,
    ]);
  });

  it('reports bold opened before Chinese punctuation', () => {
    expect(check(`${FRONT_MATTER}她**「引用」**说。\n`)).toEqual([
      `7:2-7:10 error ${punct('『**「引用」**』', '『「**引用**」』')}`,
    ]);
    expect(check(`${FRONT_MATTER}**“你好”**他说\n`)).toEqual([
      `7:1-7:9 error ${punct('「**“你好”**」', '「“**你好**”」')}`,
    ]);
  });

  it('keeps the marker length (bold italic) in the suggestion', () => {
    expect(check(`${FRONT_MATTER}***真。***她\n`)).toEqual([
      `7:1-7:9 error 「***真。***」没有变成粗体，读者会看到原样的 ***：按 CommonMark 规则，紧挨中文标点的粗体标记无法配对。请把标记移到标点外侧，写成「***真***。」。${SOURCE}`,
    ]);
  });

  it('reports __ inside Chinese words and suggests asterisks', () => {
    expect(check(`${FRONT_MATTER}这是__粗体__吗\n`)).toEqual([
      `7:3-7:9 error 「__粗体__」没有变成粗体，读者会看到原样的 __：中文词语中间的 __ 不能作为粗体标记。请改用星号，写成「**粗体**」。${SOURCE}`,
    ]);
  });

  it('reports a space on the inner side of a marker', () => {
    expect(check(`${FRONT_MATTER}** 真**\n`)).toEqual([
      `7:1-7:7 error 「** 真**」没有变成粗体，读者会看到原样的 **：粗体标记内侧不能紧挨空格。请把空格移到标记外侧，写成「**真**」。${SOURCE}`,
    ]);
  });

  it('reports a marker that has no partner', () => {
    expect(check(`${FRONT_MATTER}价格**高\n`)).toEqual([
      `7:3-7:5 error 「价格**高」中的 ** 没有配对，会原样显示。请删除它，或补全另一半粗体标记，并把标记放在标点外侧（如「**真**。」而不是「**真。**」）。${SOURCE}`,
    ]);
  });

  it('finds broken bold in block quotes, headings and table cells at their source position', () => {
    expect(
      check(`${FRONT_MATTER}> **注意：**请带证件。\n\n## **真。**她\n\n| 列 |\n| --- |\n| **真。**她 |\n`),
    ).toEqual([
      `7:3-7:10 error ${punct('「**注意：**」', '「**注意**：」')}`,
      `9:4-9:10 error ${punct('「**真。**」', '「**真**。」')}`,
      `13:3-13:9 error ${punct('「**真。**」', '「**真**。」')}`,
    ]);
  });

  it('ignores escaped markers, character references, inline code and code blocks', () => {
    expect(
      check(
        `${FRONT_MATTER}\\*\\*真。\\*\\*她\n\n&#42;&#42;真。&#42;&#42;她\n\n用 \`**真。**她\` 表示\n\n\`\`\`\n**真。**她\n\`\`\`\n`,
      ),
    ).toEqual([]);
  });

  it('ignores literal asterisks and underscores away from Chinese text', () => {
    expect(check(`${FRONT_MATTER}a ** b 与 2**3，变量 snake__case。\n`)).toEqual([]);
  });

  it('speaks English', () => {
    expect(check(`${FRONT_MATTER}**真。**她说。\n`, { locale: 'en' })).toEqual([
      '7:1-7:7 error "**真。**" does not become bold; readers see the ** characters: CommonMark cannot pair bold markers that touch Chinese punctuation. Move the markers outside the punctuation: "**真**。". (Source: CommonMark 强调规则（commonmark-spec #650）)',
    ]);
  });
});
