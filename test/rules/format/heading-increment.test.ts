import { describe, expect, it } from 'vitest';
import rule from '../../../src/rules/format/heading-increment.js';
import { EMPTY_LEXICON, FRONT_MATTER, type MessageOptions, messagesOf } from '../../helpers.js';

/** This rule reads no word list; an empty one keeps the fixtures independent of policies/lexicons. */
const check = (markdown: string, options: MessageOptions = {}) =>
  messagesOf(rule, markdown, { lexicon: EMPTY_LEXICON, ...options });

const SOURCE = '（依据：中文技术文档写作规范（标题不跳级）；000 四(一)4 排版规范）';

describe('format/heading-increment', () => {
  it('accepts headings that go down one level at a time and come back up freely', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n### 二\n\n## 三\n\n### 四\n\n#### 五\n\n## 六\n`)).toEqual([]);
  });

  it('accepts a body that starts at # (the front-matter title is not a heading)', () => {
    expect(check(`${FRONT_MATTER}# 一\n\n## 二\n\n### 三\n`)).toEqual([]);
  });

  it('accepts an article without headings', () => {
    expect(check(`${FRONT_MATTER}只有正文。\n`)).toEqual([]);
  });

  it('reports a jump from ## to ####', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n#### 跳\n`)).toEqual([
      `9:1-9:7 warning 标题「跳」是四级标题（####），但上一个标题是二级（##），跳过了一级。请改为三级标题（###），或补上中间层级的标题。${SOURCE}`,
    ]);
  });

  it('says how many levels a jump skips', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n##### 跳两级\n`)).toEqual([
      `9:1-9:10 warning 标题「跳两级」是五级标题（#####），但上一个标题是二级（##），跳过了两级。请改为三级标题（###），或补上中间层级的标题。${SOURCE}`,
    ]);
  });

  it('compares with the heading just before, not with the first one', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n### 二\n\n##### 五\n\n## 三\n`)).toEqual([
      `11:1-11:8 warning 标题「五」是五级标题（#####），但上一个标题是三级（###），跳过了一级。请改为四级标题（####），或补上中间层级的标题。${SOURCE}`,
    ]);
  });

  it('reports a first heading deeper than ##', () => {
    expect(check(`${FRONT_MATTER}### 开头\n\n#### 下\n`)).toEqual([
      `7:1-7:7 warning 第一个标题「开头」是三级标题（###），跳过了上面的层级。文章标题取自头信息 title，正文标题应从二级（##）开始，请改为 ##。${SOURCE}`,
    ]);
  });

  it('counts setext headings and headings inside block quotes', () => {
    expect(check(`${FRONT_MATTER}二级\n---\n\n> #### 引内\n`)).toEqual([
      `10:3-10:10 warning 标题「引内」是四级标题（####），但上一个标题是二级（##），跳过了一级。请改为三级标题（###），或补上中间层级的标题。${SOURCE}`,
    ]);
  });

  it('quotes the heading text without its Markdown', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n#### **粗体**与\`code\`\n`)).toEqual([
      `9:1-9:19 warning 标题「粗体与code」是四级标题（####），但上一个标题是二级（##），跳过了一级。请改为三级标题（###），或补上中间层级的标题。${SOURCE}`,
    ]);
  });

  it('speaks English', () => {
    expect(check(`${FRONT_MATTER}## 一\n\n#### 跳\n`, { locale: 'en' })).toEqual([
      '9:1-9:7 warning Heading "跳" is level 4 (####) but the previous heading is level 2 (##), skipping a level. Use level 3 (###) or add the missing level in between. (Source: 中文技术文档写作规范（标题不跳级）；000 四(一)4 排版规范)',
    ]);
    expect(check(`${FRONT_MATTER}### 开头\n`, { locale: 'en' })).toEqual([
      '7:1-7:7 warning The first heading "开头" is level 3 (###) and skips the levels above it. The article title comes from the front matter, so body headings start at level 2: use ##. (Source: 中文技术文档写作规范（标题不跳级）；000 四(一)4 排版规范)',
    ]);
  });
});
