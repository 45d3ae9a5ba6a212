import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/compile-cache-setup.ts'],
    testTimeout: 20000,
    // Test files of one worker share its module graph instead of importing every module again for each file: the
    // suite spent more CPU importing than testing (61 s of CPU against 148 s with isolation, same 1568 tests).
    // What a file changes in its process must therefore be undone by the file: environment variables through
    // vi.stubEnv (undone after every test, below), spies through vi.restoreAllMocks, exit codes by hand.
    isolate: false,
    // Every core: vitest's default leaves one free, which on a 2-core CI machine ran the files one at a time.
    maxWorkers: '100%',
    unstubEnvs: true,
    restoreMocks: true,
  },
});
