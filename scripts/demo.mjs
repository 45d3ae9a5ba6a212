// `npm run demo`: the whole flow on built-in defaults, with no credentials and no network.
// 1. checks the sample articles under content/ (they pass) and the deliberately failing article under examples/
//    (it fails), exactly as authors see the reports;
// 2. renders a preview page of each sample article;
// 3. starts the local WeChat API emulator (`wxgate emulator`, loopback only);
// 4. clones this repository into a temporary folder, with a bare "origin" beside it standing in for GitHub, so no
//    record is ever written into your working tree or your repository;
// 5. publishes the sample articles due at a fixed moment (2026-11-21 12:00 Beijing time) to the emulator, as the
//    publish workflow would: the group account publishes (freepublish), the unverified pharma account gets drafts
//    for a person to publish (draft-only); records are committed to the ledger branch;
// 6. publishes again, to show that nothing goes out twice;
// 7. audits the quarter from the clone's git history alone (`wxgate audit`): the text summary, and the HTML page;
// and prints where everything is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const NOW = '2026-11-21T12:00:00+08:00';
// The emulator's fixed demo accounts (`wxgate emulator --help`): public values, not credentials.
const DEMO_SECRETS = {
  WECHAT_SECRET_GROUP: 'wxgate-demo-secret-group',
  WECHAT_SECRET_LANCHUAN_PHARMA: 'wxgate-demo-secret-lanchuan-pharma',
};
const out = (s) => process.stdout.write(s);
const problems = [];

function step(title, args, options = {}) {
  out(`\n━━ ${title}\n$ wxgate ${args.join(' ')}\n\n`);
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? root,
    env: { ...process.env, ...options.env },
    stdio: options.capture
      ? ['ignore', 'pipe', options.capture === 'quiet' ? 'ignore' : 'inherit']
      : 'inherit',
    encoding: 'utf8',
  });
  if (options.capture === true) out(run.stdout);
  return { code: run.status, stdout: run.stdout ?? '' };
}

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

const content = step('1/7 检查示例内容 content/（应全部通过）', ['check', 'content']).code;
const failing = step('2/7 检查故意违规的示例 examples/（应报错，演示检查效果）', ['check', 'examples']).code;
if (content !== 0) problems.push('content/ 应通过检查');
if (failing !== 1) problems.push('examples/ 应不通过检查');

const work = mkdtempSync(join(tmpdir(), 'wxgate-demo-'));
const previews = join(work, 'preview');
out(`\n━━ 3/7 生成预览页（手机宽度，离线可打开）\n`);
for (const account of readdirSync(join(root, 'content'))) {
  const dir = join(root, 'content', account);
  if (!existsSync(dir) || account.startsWith('.')) continue;
  for (const folder of readdirSync(dir)) {
    if (!existsSync(join(dir, folder, 'index.md'))) continue;
    const file = join(previews, account, `${folder}.html`);
    mkdirSync(join(previews, account), { recursive: true });
    const r = spawnSync(process.execPath, [cli, 'preview', `content/${account}/${folder}`, '--out', file], {
      cwd: root,
      encoding: 'utf8',
    });
    out(`${r.status === 0 ? '✓' : '✗'} ${file}\n`);
    if (r.status !== 0) problems.push(`预览失败：content/${account}/${folder}\n${r.stderr}`);
  }
}

out(
  `\n━━ 4/7 启动本地微信接口模拟器（不联网，不需要真实凭据）\n$ wxgate emulator --port 0 --state ${join(work, 'emulator')}\n`,
);
const emulator = spawn(
  process.execPath,
  [cli, 'emulator', '--port', '0', '--quiet', '--state', join(work, 'emulator')],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const apiBase = await new Promise((resolve, reject) => {
  let text = '';
  emulator.stdout.on('data', (d) => {
    text += d;
    const m = /listening on (http:\/\/\S+)/.exec(text);
    if (m) resolve(m[1]);
  });
  emulator.on('exit', (code) => reject(new Error(`the emulator exited (${code})`)));
  setTimeout(() => reject(new Error('the emulator did not start within 10 s')), 10_000);
});
out(`模拟器地址 WECHAT_API_BASE=${apiBase}\n`);

try {
  // A stand-in for GitHub: a bare copy of this repository's committed history, and a fresh clone of it, as the
  // publish workflow's checkout would be. Records are pushed to the bare copy, never to your repository.
  const origin = join(work, 'origin.git');
  const repo = join(work, 'repo');
  if (spawnSync('git', ['rev-parse', '--verify', 'HEAD'], { cwd: root }).status === 0) {
    git(work, 'clone', '-q', '--bare', '--no-local', root, origin);
  } else {
    // Not a git checkout (e.g. an npm package): commit the sample content and policies as they are.
    const seed = join(work, 'seed');
    mkdirSync(seed);
    git(seed, 'init', '-q', '-b', 'main');
    spawnSync('cp', ['-R', join(root, 'content'), join(root, 'policies'), seed]);
    git(seed, 'add', 'content', 'policies');
    git(
      seed,
      '-c',
      'user.name=wxgate demo',
      '-c',
      'user.email=demo@example.com',
      'commit',
      '-q',
      '-m',
      'Sample content',
    );
    git(work, 'clone', '-q', '--bare', seed, origin);
  }
  git(work, 'clone', '-q', origin, repo);
  git(repo, 'config', 'user.name', 'wxgate demo');
  git(repo, 'config', 'user.email', 'wxgate-demo@users.noreply.github.com');
  const env = { ...DEMO_SECRETS, WECHAT_API_BASE: apiBase, WXGATE_CACHE_DIR: join(work, 'cache') };
  const args = ['publish', '--now', NOW, '--poll-interval', '500'];

  const first = step(`5/7 发布 ${NOW} 时已到期的文章（在临时克隆 ${repo} 中）`, args, {
    cwd: repo,
    env,
    capture: true,
  });
  const publications = async () => (await fetch(`${apiBase}/__emulator/publications`)).json();
  const afterFirst = await publications();
  const second = step('6/7 再次发布：已发布的文章不会重复发布', args, { cwd: repo, env, capture: true });
  const afterSecond = await publications();

  if (first.code !== 0) problems.push(`第一次发布退出码应为 0，实际为 ${first.code}`);
  if (second.code !== 0) problems.push(`第二次发布退出码应为 0，实际为 ${second.code}`);
  if (afterFirst.filter((p) => p.status === 0).length !== 2) problems.push('集团账号应发布 2 篇到期文章');
  if (JSON.stringify(afterSecond) !== JSON.stringify(afterFirst)) problems.push('第二次发布不应再发任何文章');
  if (!/\(0 write\(s\)|写入 0 次/.test(second.stdout)) problems.push('第二次发布不应写入任何记录');

  out('\n━━ 记录（ledger 分支 wxgate-ledger，每篇文章一个文件）\n');
  out(`$ git -C ${repo} ls-tree -r --name-only wxgate-ledger\n`);
  out(git(repo, 'ls-tree', '-r', '--name-only', 'wxgate-ledger'));
  out(`\n$ git -C ${repo} log wxgate-ledger --grep 'published$' --format='%h %s%n%(trailers)'\n`);
  out(git(repo, 'log', 'wxgate-ledger', '--grep', ' published$', '--format=%h %s%n%(trailers)'));
  out(`\n模拟器发出的内容 ${apiBase}/__emulator/publications：\n`);
  for (const p of afterSecond) {
    out(
      `  ${p.status === 0 ? '✓' : '·'} ${p.title}  publish_id ${p.publish_id}  status ${p.status}  ${p.urls[0] ?? ''}\n`,
    );
  }
  const drafts = await (await fetch(`${apiBase}/__emulator/drafts`)).json();
  const waiting = drafts.filter((d) => d.state === 'draft');
  out(
    `\n草稿箱里等待人工发表的草稿（draft-only 账号）：${waiting.map((d) => d.titles[0]).join('、') || '无'}\n`,
  );

  // The audit reads git only. The demo repository is wxgate's own development history — no pull requests, articles
  // added after their publish dates — so it shows findings (direct pushes, lead times) as a real audit would.
  const auditDir = join(work, 'audit');
  const audit = step(
    '7/7 审计本季度（只读 git 历史：main 与 wxgate-ledger）',
    ['audit', '--quarter', '2026Q4', '--now', NOW, '--output-dir', auditDir, '--fail-on', 'never'],
    { cwd: repo, capture: 'quiet' },
  );
  const summary = audit.stdout.split('\n\n').slice(0, 2).join('\n\n');
  out(
    `${summary}\n\n（演示仓库是 wxgate 自己的开发历史：没有经过 PR 的提交和晚于发布日期的提交会被列为异常，正如真实审计所做。）\n`,
  );
  const page = join(auditDir, 'wxgate-audit-2026Q4.html');
  if (audit.code !== 0) problems.push(`审计退出码应为 0（--fail-on never），实际为 ${audit.code}`);
  if (!existsSync(page)) problems.push('审计应生成 HTML 报告');
  if (!/文章 \d+ 篇：.*已发布 2/.test(summary)) problems.push('审计应列出两篇已发布的文章');
  out(
    `\n审计报告（HTML，离线可打开）：${page}\n完整文字报告：${join(auditDir, 'wxgate-audit-2026Q4.txt')}\n`,
  );

  out('\n━━ 位置\n');
  out(`临时目录        ${work}\n`);
  out(`预览页          ${previews}\n`);
  out(`发布用的克隆    ${repo}（git log wxgate-ledger 查看全部记录）\n`);
  out(`审计报告        ${auditDir}\n`);
  out(`记录文件        git -C ${repo} show wxgate-ledger:records/group/2026-11-12-q3-operating-update.yml\n`);
  out(
    `模拟器状态      ${join(work, 'emulator')}（wxgate emulator --state ${join(work, 'emulator')} 可再次启动查看）\n`,
  );
} catch (error) {
  problems.push(String(error?.stack ?? error));
} finally {
  emulator.kill('SIGTERM');
}

out('\n━━ 结果\n');
out(`content/  退出码 ${content}（0 = 可以合并）\n`);
out(`examples/ 退出码 ${failing}（1 = 有错误，合并会被阻止）\n`);
if (problems.length > 0) {
  out(`演示结果与预期不符：\n- ${problems.join('\n- ')}\n`);
  process.exit(1);
}
out('发布：到期文章各发布一次，再次运行没有重复发布。\n');
out('审计：只读 git 历史生成本季度报告，每项异常附提交、记录和可复核的 git 命令。\n');
