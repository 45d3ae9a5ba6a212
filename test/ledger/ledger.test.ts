import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GitLedger } from '../../src/ledger/store.js';
import { ManualClock } from '../../src/platform/clock.js';
import { Git } from '../../src/platform/git.js';
import { describeLedgerContract } from './contract.js';
import { MemoryLedger, MemoryLedgerRemote } from './memory-ledger.js';
import { ENV, remote, sh } from './repos.js';

/** Waits between attempts move a test clock instead of taking real time. */
const clock = () => new ManualClock(Date.UTC(2026, 10, 21, 4)).selfAdvancing();

describeLedgerContract('GitLedger, a branch pushed to a bare repository', () => {
  const origin = remote();
  const ref = 'refs/heads/wxgate-ledger';
  return {
    async open(options = {}) {
      return GitLedger.open(new Git(origin.clone(), ENV), {
        branch: 'wxgate-ledger',
        remote: 'auto',
        clock: clock(),
        ...options,
      });
    },
    insider: {
      async pushByHand(path, text) {
        const dir = origin.clone();
        sh(dir, 'checkout', '-q', '-b', 'edit', 'origin/wxgate-ledger');
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
        sh(dir, 'commit', '-q', '-am', 'edit by hand');
        sh(dir, 'push', '-q', 'origin', `HEAD:${ref}`);
        return sh(dir, 'rev-parse', 'HEAD').trim();
      },
      async forceTo(tip) {
        sh(origin.clone(), 'push', '-q', '--force', 'origin', `${tip}:${ref}`);
      },
      async deleteBranch() {
        sh(origin.clone(), 'push', '-q', 'origin', `:${ref}`);
      },
    },
  };
});

describeLedgerContract('MemoryLedger', () => {
  const branch = new MemoryLedgerRemote();
  return {
    open: (options = {}) => MemoryLedger.open(branch, { clock: clock(), ...options }),
    insider: {
      pushByHand: async (path, text) => branch.pushByHand(new Map([[path, text]])),
      forceTo: async (tip) => branch.forceTo(tip),
      deleteBranch: async () => branch.deleteBranch(),
    },
  };
});
