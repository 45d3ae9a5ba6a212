import { GitLedger } from '../../src/ledger/store.js';
import { ManualClock } from '../../src/platform/clock.js';
import { Git } from '../../src/platform/git.js';
import { describeLedgerContract } from './contract.js';
import { MemoryLedger, MemoryLedgerRemote } from './memory-ledger.js';
import { ENV, remote } from './repos.js';

/** Waits between attempts move a test clock instead of taking real time. */
const clock = () => new ManualClock(Date.UTC(2026, 10, 21, 4)).selfAdvancing();

describeLedgerContract('GitLedger, a branch pushed to a bare repository', () => {
  const origin = remote();
  return {
    async open(options = {}) {
      return GitLedger.open(new Git(origin.clone(), ENV), {
        branch: 'wxgate-ledger',
        remote: 'auto',
        clock: clock(),
        ...options,
      });
    },
  };
});

describeLedgerContract('MemoryLedger', () => {
  const branch = new MemoryLedgerRemote();
  return { open: (options = {}) => MemoryLedger.open(branch, { clock: clock(), ...options }) };
});
