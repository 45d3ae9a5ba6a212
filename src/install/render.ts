/**
 * The template language of templates/content-repo: `%%name%%` is a value, and the lines between `%%each account%%`
 * and `%%end%%` repeat once per account with `%%id%%` and `%%secret_env%%` filled in. `%%` appears in none of the
 * languages the templates are written in (YAML, GitHub expressions `${{ }}`, Decap's `{{ }}`, Markdown), so a
 * template needs no escaping. A name the renderer does not know is a bug in the template: it throws.
 */
export interface TemplateAccount {
  id: string;
  secretEnv: string;
}

export interface TemplateValues {
  values: Readonly<Record<string, string>>;
  accounts: readonly TemplateAccount[];
}

const BLOCK = /^%%each account%%\n([\s\S]*?)^%%end%%\n/gm;
const VALUE = /%%([a-z_]+)%%/g;

export function renderTemplate(name: string, text: string, data: TemplateValues): string {
  const expanded = text.replace(BLOCK, (_all, body: string) =>
    data.accounts
      .map((account) => fill(name, body, { ...data.values, id: account.id, secret_env: account.secretEnv }))
      .join(''),
  );
  if (/%%(each|end)\b/.test(expanded)) throw new Error(`${name}: unbalanced %%each%% / %%end%% block`);
  return fill(name, expanded, data.values);
}

function fill(name: string, text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(VALUE, (_all, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${name}: unknown template value %%${key}%%`);
    return value;
  });
}

/** The environment variable an account's AppSecret is kept in: WECHAT_SECRET_<ID>, upper case, `-` as `_`. */
export function secretEnvFor(accountId: string): string {
  return `WECHAT_SECRET_${accountId.toUpperCase().replace(/-/g, '_')}`;
}
