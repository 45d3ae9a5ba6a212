import { DEFAULT_LEDGER_BRANCH } from '../ledger/ledger.js';
import { PUBLISHER_DEFAULTS } from '../publish/timing.js';
import type { LocalizedText } from '../text/vocabulary.js';

/** An emergency waits for a publish run in the same clone to finish, up to this long, rather than give up. */
export const WITHDRAW_WAIT_SECONDS = 600;

/** `wxgate publish --help`, in Chinese by default and in English with --locale en (or WXGATE_LOCALE=en). */
export const PUBLISH_HELP: LocalizedText = {
  zh: `用法：wxgate publish [选项]

发表检出仓库里（合并后分支上的 content/<账号>/<文件夹>/index.md）所有 publish_at 已到、尚未发表的文章，每篇只发
一次，方式按 policies/accounts.yml 中该账号的 publish_method：
  freepublish  上传正文图片（media/uploadimg）和封面（material/add_material），新建草稿（draft/add），发表
               （freepublish/submit）并查询结果（freepublish/get）
  mass-send    同样的草稿，群发给所有关注者（message/mass/sendall，带固定的 clientmsgid）
  draft-only   只建草稿，并记录需要有人在公众号后台点“发表”（2025 年 7 月起，未认证账号不能通过接口发表）

每一步在发生前后都记入发布记录 records/<账号>/<文件夹>.yml，提交到账本分支（默认 ${DEFAULT_LEDGER_BRANCH}），
带 Wxgate-Article、Wxgate-PR、Approved-by、Published-at、Wxgate-Publish-Id 等 trailer，并推送到远端：重跑、任何
时刻崩溃、两个运行同时进行，都不会把一篇文章发两次。头信息写了 status: withdrawn 的文章会从微信删除（见 wxgate
withdraw）。仍在发表中的文章由下一次运行继续查询（freepublish/get 每天限 100 次，wxgate 每个账号最多用
${PUBLISHER_DEFAULTS.dailyPollBudget} 次）。

账本被回退时运行会停下：每次写入也会移动 ${DEFAULT_LEDGER_BRANCH}-seen，账本不再包含那个提交（被强推回退、改写或
删除）时，本次不发表任何文章并说明原因。被人手工改过的记录先与微信核对（微信不认可的“已发表”会变成等人处理的失败），
每篇文章第一次建草稿和第一次提交发表之前，先问微信是否已有这篇。

发表默认关闭，打开后才会发：app_id 为真实值的账号，要在 policies/accounts.yml 里写 "publishing: enabled"，或设置
WXGATE_PUBLISHING=enabled 对所有账号打开。publish_at 之后超过 10 分钟才合并的文章要等人确认（失败类型
late-merge）：用 --retry <文章> 确认。

选项：
  --now <iso>              假定现在是这个时间（如 2026-11-21T12:00:00+08:00），用于演练和演示；时间从它往后走。
                           默认：真实时钟
  --dry-run                只说会做什么；不调用、不写入，也不需要 secret
  --account <id>           只处理这个账号（可重复）
  --retry <文章>           再试这篇文章，即使它的失败在等修改或等人（可重复；content/<账号>/<文件夹> 或
                           <账号>/<文件夹>）
  --api-base <url>         微信 API 地址（默认：$WECHAT_API_BASE，否则 https://api.weixin.qq.com）。可指向固定
                           出口 IP 的代理，或 \`wxgate emulator\`
  --cache-dir <dir>        两次运行之间缓存 access token 的目录，须在仓库之外（默认：$WXGATE_CACHE_DIR，GitHub
                           Actions 中为 $RUNNER_TEMP/wxgate，否则 ~/.cache/wxgate）
  --policies <dir>         含 wxgate.yml 和 accounts.yml 的策略目录（默认：仓库的 policies）
  --locale <zh-CN|en>      给人看的输出用什么语言（默认：$WXGATE_LOCALE，否则 zh-CN）
  --ledger-branch <name>   存放发布记录的分支（默认：${DEFAULT_LEDGER_BRANCH}）
  --remote <name|none>     拉取和推送账本的远端（默认：存在 origin 时用 origin；none 表示账本只留在本地仓库）
  --pr-source <github|git> 每条记录的拉取请求信息从哪里来（默认：设置了 GITHUB_TOKEN 和 GITHUB_REPOSITORY 且不是
                           演练时用 github，否则 git）：
                             github  REST API：合并提交对应的 PR、作者、创建时间（提交时间）、合并时间和合并人、
                                     计入的批准——按检查的规则、以合并时的 base（合并提交的第一个父提交）重新判定
                                     ——三个 wxgate 检查的结果，紧急文章还有总经理的批准和报备链接。需要
                                     GITHUB_TOKEN（拉取请求、检查和 issue：只读；GitHub Enterprise Server 还要
                                     GITHUB_API_URL），以及读团队成员用的 WXGATE_TEAM_TOKEN（组织 "Members: read"；
                                     没有时按团队的批准记为不计入）。GitHub 找不到对应 PR 的提交从 git 记录，记录里
                                     说明原因
                             git     只看提交信息（Merge pull request #N / 标题 (#N)）：批准情况未知
  --max-polls <n>          每次运行每篇文章调用 freepublish/get 的次数（默认：${PUBLISHER_DEFAULTS.maxPollsPerRun}）
  --poll-interval <ms>     第一次查询前等待多久，之后每次翻倍（默认：${PUBLISHER_DEFAULTS.pollIntervalMs}）
  --submit-grace <min>     在 freepublish/submit 与其记录之间崩溃后，先找多久已有的发表，再重新提交同一草稿
                           （默认：${PUBLISHER_DEFAULTS.submitGraceMs / 60_000}）
  --wait <seconds>         另一个运行占用此克隆时等它多久（默认 0：直接说明，退出码 75）
  -h, --help               显示本帮助

Secret：每个账号的 AppSecret 从 accounts.yml 中 secret_env 指定的环境变量读取（如 WECHAT_SECRET_GROUP），绝不从
文件或命令行读取，打印的每一行里都会遮盖（masked）。微信只接受白名单 IP 的请求（errcode 40164 会给出要加的 IP）。

退出码：0 完成（已发表，或在等微信或配额，或没有到期的文章）· 1 本次有文章失败（它的记录说明原因和怎么办），或账本
被回退（没有发表任何文章）· 2 用法或配置错误 · 75 另一个运行占用此克隆（什么都没做；稍后再试）。

示例：
  wxgate publish --dry-run
  WECHAT_API_BASE=http://127.0.0.1:8086 WECHAT_SECRET_GROUP=… wxgate publish --account group
  wxgate publish --retry content/group/2026-11-12-q3-operating-update
`,
  en: `Usage: wxgate publish [options]

Publishes every article of the checkout (content/<account>/<folder>/index.md on the merged branch) whose
publish_at has come and that is not published yet — exactly once — by its account's publish_method in
policies/accounts.yml:
  freepublish  upload content images (media/uploadimg) and the cover (material/add_material), create the draft
               (draft/add), publish it (freepublish/submit) and poll the result (freepublish/get)
  mass-send    the same draft, sent to all followers (message/mass/sendall with a stable clientmsgid)
  draft-only   create the draft only and record that a person must press 发表 in the MP backend (unverified
               accounts cannot publish through the API since 2025-07)

Every step is recorded before and after it happens in a publish record, records/<account>/<folder>.yml, on the
ledger branch (default ${DEFAULT_LEDGER_BRANCH}), committed with trailers (Wxgate-Article, Wxgate-PR,
Approved-by, Published-at, Wxgate-Publish-Id …) and pushed to the remote: a re-run, a crash at any point or two
runs at once never publish an article twice. An article whose front matter says status: withdrawn is deleted
from WeChat (see wxgate withdraw). Articles still publishing are polled again by the next run (freepublish/get
allows 100 calls a day; wxgate uses at most ${PUBLISHER_DEFAULTS.dailyPollBudget} per account).

A ledger that went backwards stops the run: every write also moves ${DEFAULT_LEDGER_BRANCH}-seen, and a ledger
that no longer contains that commit (forced back, rewritten, deleted) publishes nothing and says so. Records
changed by hand are checked against WeChat first (a "published" that WeChat does not confirm becomes a failure
for a person), and before an article's first draft and first submit WeChat is asked whether it already lists it.

Publishing is off until it is turned on: an account with a real app_id publishes only with "publishing: enabled"
in policies/accounts.yml, or with WXGATE_PUBLISHING=enabled for every account. An article merged more than 10
minutes after its publish_at waits for a person (failure kind late-merge): --retry <article> confirms it.

Options:
  --now <iso>              Act as if it were this time (e.g. 2026-11-21T12:00:00+08:00), for dry-runs and demos;
                           time runs on from it. Default: the real clock.
  --dry-run                Say what would be done; call nothing, write nothing, need no secrets
  --account <id>           Only this account (repeatable)
  --retry <article>        Try this article again although its failure waits for a change or a person
                           (repeatable; content/<account>/<folder> or <account>/<folder>)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com). Point it
                           at a fixed-IP egress proxy, or at \`wxgate emulator\`.
  --cache-dir <dir>        Where the access token is cached between runs, outside the repository (default:
                           $WXGATE_CACHE_DIR, $RUNNER_TEMP/wxgate in GitHub Actions, else ~/.cache/wxgate)
  --policies <dir>         Policy directory with wxgate.yml and accounts.yml (default: the repository's policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote the ledger is fetched from and pushed to (default: origin when it exists;
                           none keeps the ledger in the local repository only)
  --pr-source <github|git> Where each record's pull-request facts come from (default: github when GITHUB_TOKEN
                           and GITHUB_REPOSITORY are set and this is not a dry run, else git):
                             github  the REST API: the PR behind the merge commit, its author, creation (the
                                     submission time), merge time and merger, the approvals that counted — judged
                                     again by the check's rules from the base at merge (the merge commit's first
                                     parent) — the three wxgate check runs, and for urgent articles the general
                                     manager's approval and the report link. Needs GITHUB_TOKEN (pull requests,
                                     checks and issues: read; GITHUB_API_URL for GitHub Enterprise Server) and
                                     WXGATE_TEAM_TOKEN for team membership (organisation "Members: read"; without
                                     it approvals by team are recorded as not counted). A commit GitHub knows no
                                     merged PR for is recorded from git, and the record says why.
                             git     commit messages only (Merge pull request #N / Title (#N)): approvals unknown
  --max-polls <n>          freepublish/get calls per article per run (default: ${PUBLISHER_DEFAULTS.maxPollsPerRun})
  --poll-interval <ms>     Wait before the first poll, doubled before each next one (default: ${PUBLISHER_DEFAULTS.pollIntervalMs})
  --submit-grace <min>     After a crash between freepublish/submit and its record, how long to look for the
                           publication before submitting the same draft again (default: ${PUBLISHER_DEFAULTS.submitGraceMs / 60_000})
  --wait <seconds>         Another run holds this clone: wait this long for it (default 0: say so, exit 75)
  -h, --help               Show this help

Secrets: each account's AppSecret is read from the environment variable accounts.yml names in secret_env
(e.g. WECHAT_SECRET_GROUP), never from a file or the command line, and is masked in every line printed.
WeChat only answers allow-listed IPs (errcode 40164 names the IP to add).

Exit codes: 0 done (published, or waiting for WeChat or a quota, or nothing due) · 1 some article failed in this
run (its record says why and what to do), or the ledger went backwards (nothing was published) · 2 usage or
configuration error · 75 another run holds this clone (nothing was done; try again later).

Examples:
  wxgate publish --dry-run
  WECHAT_API_BASE=http://127.0.0.1:8086 WECHAT_SECRET_GROUP=… wxgate publish --account group
  wxgate publish --retry content/group/2026-11-12-q3-operating-update
`,
};

/** `wxgate withdraw --help`. */
export const WITHDRAW_HELP: LocalizedText = {
  zh: `用法：wxgate withdraw <文章> --reason <原因> [选项]

紧急撤回（001 第五章第2条 应急处理）：从微信删除文章的发表（freepublish/delete，群发的用 message/mass/delete），
并在账本分支（默认 ${DEFAULT_LEDGER_BRANCH}）上该文章的发布记录里记下谁、何时、为什么，带 Withdrawn-by 和
Wxgate-Withdraw-Reason trailer。尚未发表的文章记为已撤回，之后的运行不会再发表它。重复撤回什么也不做。仅草稿账号的
手工发表 wxgate 看不到：记录会提示到公众号后台删除。把 "status: withdrawn" 合并进文章头信息，下一次发布运行效果相同。

<文章> 是 content/<账号>/<文件夹>/index.md、该文件夹，或 <账号>/<文件夹>。

选项：
  --reason <text>          原因（必填）；会记录下来给审计人看
  --by <name>              决定人（默认：$GITHUB_ACTOR，否则 git config user.name）
  --now <iso>              假定现在是这个时间（测试和演练）
  --api-base <url>         微信 API 地址（默认：$WECHAT_API_BASE，否则 https://api.weixin.qq.com）
  --cache-dir <dir>        仓库之外的 access token 缓存目录（同 wxgate publish）
  --policies <dir>         策略目录（默认：仓库的 policies）
  --locale <zh-CN|en>      给人看的输出用什么语言（默认：$WXGATE_LOCALE，否则 zh-CN）
  --ledger-branch <name>   存放发布记录的分支（默认：${DEFAULT_LEDGER_BRANCH}）
  --remote <name|none>     账本的远端（默认：存在 origin 时用 origin）
  --wait <seconds>         另一个运行占用此克隆时等它多久（默认 ${WITHDRAW_WAIT_SECONDS}）
  -h, --help               显示本帮助

Secret：AppSecret 来自 policies/accounts.yml 中 secret_env 指定的环境变量，打印时遮盖。

退出码：0 已撤回（本次或之前）· 1 未完成：微信仍在发表它（下一次发布运行会删除）、配额、错误（记录说明是哪种），或
账本被回退 · 2 用法或配置错误 · 75 整个等待期间另一个运行都占用此克隆（什么都没做；再试一次）。
`,
  en: `Usage: wxgate withdraw <article> --reason <text> [options]

Emergency withdrawal (001 第五章第2条 应急处理): deletes an article's publication from WeChat
(freepublish/delete, or message/mass/delete for a mass send) and records who, when and why in its publish record
on the ledger branch (default ${DEFAULT_LEDGER_BRANCH}), with Withdrawn-by and Wxgate-Withdraw-Reason trailers.
An article not published yet is recorded as withdrawn, so no later run publishes it. Withdrawing again does
nothing. For a draft-only account wxgate cannot see a manual publication: the record says to delete it in the MP
backend. Merging "status: withdrawn" into the article's front matter has the same effect on the next publish run.

<article> is content/<account>/<folder>/index.md, the folder, or <account>/<folder>.

Options:
  --reason <text>          Why (required); recorded and shown to auditors
  --by <name>              Who decided (default: $GITHUB_ACTOR, else git config user.name)
  --now <iso>              Act as if it were this time (tests and drills)
  --api-base <url>         WeChat API base (default: $WECHAT_API_BASE, else https://api.weixin.qq.com)
  --cache-dir <dir>        Access-token cache outside the repository (as in wxgate publish)
  --policies <dir>         Policy directory (default: the repository's policies)
  --locale <zh-CN|en>      Language of what is printed for a person (default: $WXGATE_LOCALE, else zh-CN)
  --ledger-branch <name>   Branch holding the publish records (default: ${DEFAULT_LEDGER_BRANCH})
  --remote <name|none>     Remote of the ledger (default: origin when it exists)
  --wait <seconds>         Another run holds this clone: wait this long for it (default ${WITHDRAW_WAIT_SECONDS})
  -h, --help               Show this help

Secrets: the AppSecret comes from the environment variable named by secret_env in policies/accounts.yml, masked.

Exit codes: 0 withdrawn (now or earlier) · 1 not done: WeChat is still publishing it (the next publish run
deletes it), a quota, an error (the record says which), or the ledger went backwards · 2 usage or configuration
error · 75 another run held this clone for the whole wait (nothing was done; try again).
`,
};
