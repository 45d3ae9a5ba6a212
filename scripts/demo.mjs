// `npm run demo`: the main job on built-in defaults, with no credentials and no network.
// Checks the sample articles under content/ (they pass) and the deliberately failing article under examples/
// (it fails), and shows both reports exactly as authors see them.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

function step(title, args) {
  process.stdout.write(`\n━━ ${title}\n$ wxgate ${args.join(' ')}\n\n`);
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  return run.status;
}

const content = step('1/2 检查示例内容 content/（应全部通过）', ['check', 'content']);
const failing = step('2/2 检查故意违规的示例 examples/（应报错，演示检查效果）', ['check', 'examples']);

process.stdout.write('\n━━ 结果\n');
process.stdout.write(`content/  退出码 ${content}（0 = 可以合并）\n`);
process.stdout.write(`examples/ 退出码 ${failing}（1 = 有错误，合并会被阻止）\n`);
if (content !== 0 || failing !== 1) {
  process.stdout.write('演示结果与预期不符：content/ 应通过，examples/ 应失败。\n');
  process.exit(1);
}
