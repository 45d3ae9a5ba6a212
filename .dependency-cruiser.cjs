/**
 * The direction of imports in src/ (docs/architecture.md draws it). `npm run lint` runs this; a violation
 * fails CI with the rule's name, the importing file and the imported one.
 */
const CORE = '^src/(article|text|lexicon|rules|lint|governance|render|config)/';
// The pure core: besides the edges, no filesystem, process or network access. config/ is the exception: reading
// the company's policies/ folder is its job.
const PURE = '^src/(article|text|lexicon|rules|lint|governance|render)/';

module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycles',
      comment:
        'Two folders of src/ that import each other cannot be understood, tested or moved one at a time.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      comment: 'A module cycle makes load order matter and hides which module owns what.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-never-imports-edges',
      comment:
        'The core (articles, rules, the lint kernel, governance, rendering, policy reading) knows nothing of GitHub, ' +
        'WeChat, git, the publisher, use cases or entry points: those are built at the edges and handed in.',
      severity: 'error',
      from: { path: CORE },
      to: {
        path: '^src/(github|wechat|ledger|publish|app|commands|action|docs)/|^src/platform/(git|files)\\.ts$|^src/(cli|bundle|cli-loader|worker-loader|action-loader)\\.ts$',
      },
    },
    {
      name: 'pure-core-no-io',
      comment:
        'Rules, the lint kernel and the evaluators are pure: files, processes and the network are edges.',
      severity: 'error',
      from: { path: PURE },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|fs/promises|child_process|net|http|https|worker_threads|os)$',
      },
    },
    {
      name: 'adapters-never-import-use-cases',
      comment:
        'An adapter that calls back into a use case hides a cycle: the entry point hands it what it needs.',
      severity: 'error',
      from: { path: '^src/(github|wechat|ledger)/' },
      to: {
        path: '^src/(app|commands|action)/|^src/(cli|bundle|cli-loader|worker-loader|action-loader)\\.ts$',
      },
    },
    {
      name: 'octokit-only-in-github',
      comment: 'src/github/ is the only place that talks to GitHub.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/github/' },
      to: { path: '@octokit/' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/text/data/' },
  },
};
