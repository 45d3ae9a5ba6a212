import type { Command } from './command.js';

/**
 * Every command, in help order: the line `wxgate --help` shows, and how to load the command. Commands load on use,
 * so `wxgate check` never reads the code of the publisher, the emulator or the GitHub client (the bundle keeps
 * each in its own chunk). A new command is a module in src/commands/ and one entry here.
 */
export const COMMANDS: Record<string, { synopsis: string; load: () => Promise<Command> }> = {
  audit: {
    synopsis: 'audit              The quarterly review from git: every article, anomalies with evidence',
    load: async () => (await import('./audit.js')).audit,
  },
  check: {
    synopsis: 'check [paths...]   Check articles for compliance (default path: content/)',
    load: async () => (await import('./check.js')).check,
  },
  doctor: {
    synopsis: 'doctor [dir]       Check a content repository’s setup, offline and (--online) on GitHub',
    load: async () => (await import('./doctor.js')).doctor,
  },
  emulator: {
    synopsis: 'emulator           Run a local WeChat API emulator (default http://127.0.0.1:8086)',
    load: async () => (await import('./emulator.js')).emulator,
  },
  explain: {
    synopsis: 'explain <scenario>  Show the verdict the pull-request check would give a described PR',
    load: async () => (await import('./explain.js')).explain,
  },
  init: {
    synopsis: 'init [dir]         Create a clean content repository that uses this wxgate version',
    load: async () => (await import('./init.js')).init,
  },
  new: {
    synopsis: 'new <account> <slug>  Start an article: its folder, front matter and a cover placeholder',
    load: async () => (await import('./new.js')).newArticle,
  },
  preview: {
    synopsis: 'preview <article>   Write a phone-width HTML preview of an article as WeChat will show it',
    load: async () => (await import('./preview.js')).preview,
  },
  publish: {
    synopsis:
      'publish            Publish the due merged articles to WeChat, exactly once, with records in git',
    load: async () => (await import('./publish.js')).publish,
  },
  rules: {
    synopsis: 'rules              List every rule with its id, default severity and source',
    load: async () => (await import('./rules.js')).rules,
  },
  withdraw: {
    synopsis: 'withdraw <article> Delete a published article from WeChat (emergency) and record who and why',
    load: async () => (await import('./withdraw.js')).withdraw,
  },
};
