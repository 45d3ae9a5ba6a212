import type { LocalizedText } from '../../lint/types.js';
import { PLACEHOLDER } from '../plan.js';
import { type Finding, problem } from './finding.js';

/** A placeholder value as `wxgate init` writes them: CHANGE-ME-org, wx-CHANGE-ME-group, CHANGE-ME-公众号名称. */
const TOKEN = /(?:wx-)?CHANGE-ME[-\w\u3400-\u9fff]*/g;

/** What to put in place of each kind of placeholder. */
function fixFor(token: string): LocalizedText {
  if (token.startsWith('wx-')) {
    return {
      zh: '填该公众号的 AppID（微信开发者平台 → 我的业务 → 基础信息）。',
      en: "the account's AppID (WeChat developer platform → 我的业务 → 基础信息).",
    };
  }
  const known: Record<string, LocalizedText> = {
    [`${PLACEHOLDER}-org`]: {
      zh: '填贵公司的 GitHub 组织名（或用 wxgate init --org 生成）。',
      en: 'your GitHub organisation (or generate with wxgate init --org).',
    },
    [`${PLACEHOLDER}-owner`]: {
      zh: '填 wxgate 仓库的所有者（其 Action 按版本标签使用）。',
      en: 'the owner of the wxgate repository whose Action is used by tag.',
    },
    [`${PLACEHOLDER}-repo`]: {
      zh: '填本内容仓库的名称（或用 wxgate init --repo 生成）。',
      en: 'the name of this content repository (or generate with wxgate init --repo).',
    },
    [`${PLACEHOLDER}-公众号名称`]: {
      zh: '填各公众号的名称（与微信后台显示的一致）。',
      en: "each account's display name, as WeChat shows it.",
    },
    [`${PLACEHOLDER}-公司简称`]: {
      zh: '填公司在文章中出现的简称（用于判断广告法绝对化用语是否指本公司）。',
      en: "the company's short name as articles use it (tells which absolute claims are about the company's own offering).",
    },
    [`${PLACEHOLDER}-oauth`]: {
      zh: '填写作界面 GitHub 登录所用的 OAuth 服务地址（见 wxgate docs/setup.md 第 11 节“The writing UI”）。',
      en: 'the OAuth endpoint of the writing UI\'s GitHub login (wxgate docs/setup.md, section 11, "The writing UI").',
    },
  };
  return (
    known[token] ?? {
      zh: `把 ${token} 换成贵公司的真实值（上方注释说明应填什么）。`,
      en: `replace ${token} with your company's own value (the comment above says what goes there).`,
    }
  );
}

/**
 * Values of the repository's own settings that still hold a CHANGE-ME placeholder: one finding per placeholder,
 * at its first place, listing every other file and line it is in — a company fills in one value everywhere at
 * once (the organisation is in CODEOWNERS, the policies and the writing UI). Comments mention the marker to
 * explain it; only values count.
 */
export function placeholderFindings(files: ReadonlyMap<string, string>): Finding[] {
  const places = new Map<string, { file: string; lines: number[] }[]>();
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    text.split('\n').forEach((line, i) => {
      const value = line.replace(/^\s*#.*$/, '').replace(/\s#\s.*$/, '');
      for (const token of new Set(value.match(TOKEN) ?? [])) {
        const list = places.get(token) ?? [];
        const last = list.at(-1);
        if (last?.file === file) last.lines.push(i + 1);
        else list.push({ file, lines: [i + 1] });
        places.set(token, list);
      }
    });
  }
  const findings: Finding[] = [];
  for (const [token, list] of places) {
    const [first, ...rest] = list as [
      { file: string; lines: number[] },
      ...{ file: string; lines: number[] }[],
    ];
    // Every place but the first (the finding's own file and line), a file's lines together: "a.yml:3,9".
    const others = [
      ...(first.lines.length > 1 ? [`${first.file}:${first.lines.slice(1).join(',')}`] : []),
      ...rest.map((p) => `${p.file}:${p.lines.join(',')}`),
    ];
    const count = list.reduce((n, p) => n + p.lines.length, 0);
    findings.push(
      problem(
        'placeholder',
        {
          zh: `占位值 ${token} 尚未填写${count > 1 ? `（共 ${count} 处，另见 ${others.join('、')}）` : ''}`,
          en: `placeholder ${token} not filled in${count > 1 ? ` (${count} places; also ${others.join(', ')})` : ''}`,
        },
        fixFor(token),
        { file: first.file, line: first.lines[0]! },
      ),
    );
  }
  return findings;
}
