#!/usr/bin/env node
import { createRequire as __wxgateCreateRequire } from 'node:module'; const require = __wxgateCreateRequire(import.meta.url);

// src/install/doctor/finding.ts
function problem(check, message, fix, at = {}) {
  return { check, severity: "problem", ...at, message, fix };
}
function note(check, message, fix, at = {}) {
  return { check, severity: "note", ...at, message, fix };
}
function lineOf(text, pattern) {
  const lines = text.split("\n");
  const i = lines.findIndex((l) => pattern.test(l));
  return i === -1 ? void 0 : i + 1;
}

// src/install/doctor/publish-secrets.ts
function publishWorkflow(workflows) {
  return [...workflows].find(([, text]) => /^\s*environment:\s*['"]?wechat-publish\b/m.test(text));
}
function publishSecretFindings(workflows, accounts, accountsFile) {
  if (accounts.length === 0) return [];
  const publish = publishWorkflow(workflows);
  if (!publish) {
    return [
      problem(
        "publish-workflow",
        {
          zh: "没有找到发布工作流（environment: wechat-publish）",
          en: "no publish workflow (a job with environment: wechat-publish)"
        },
        {
          zh: "用 wxgate init 生成 .github/workflows/publish.yml，或从 wxgate 的模板复制。",
          en: "create .github/workflows/publish.yml with wxgate init, or copy it from wxgate's templates."
        }
      )
    ];
  }
  const [file, text] = publish;
  const findings = [];
  for (const account of accounts) {
    const name = account.secretEnv;
    const mapped = new RegExp(`^\\s*${name}:\\s*\\$\\{\\{\\s*secrets\\.${name}\\s*\\}\\}\\s*$`, "m");
    if (mapped.test(text)) continue;
    findings.push(
      problem(
        "publish-secret-mapping",
        {
          zh: `账号 ${account.id} 的密钥 ${name} 没有传给发布步骤`,
          en: `account ${account.id}: its secret ${name} is not passed to the publish step`
        },
        {
          zh: `在 ${file} 的发布步骤 env: 中加一行：${name}: \${{ secrets.${name} }}`,
          en: `add this line to the env: of the publish step in ${file}: ${name}: \${{ secrets.${name} }}`
        },
        { file: accountsFile, line: account.line }
      )
    );
  }
  return findings;
}

export {
  problem,
  note,
  lineOf,
  publishWorkflow,
  publishSecretFindings
};
