/** What the embed code builder lets a person choose; the `/embed/<slug>` page reads the same query. */
export type EmbedOptions = {
  view: "preview" | "code" | "split";
  theme: "light" | "dark";
  console: boolean;
  run: "auto" | "click";
  /** A published version, or null for the draft. */
  version: number | null;
  /** The file the code view opens first (the page picks one when unset). */
  file?: string | null;
};

export const defaultEmbedOptions: EmbedOptions = { view: "split", theme: "light", console: false, run: "click", version: null };

export function embedUrl(appOrigin: string, slug: string, options: EmbedOptions): string {
  const query = new URLSearchParams();
  if (options.version !== null) query.set("v", String(options.version));
  query.set("view", options.view);
  if (options.file) query.set("file", options.file);
  query.set("theme", options.theme);
  query.set("console", options.console ? "1" : "0");
  query.set("run", options.run);
  return `${appOrigin}/embed/${encodeURIComponent(slug)}?${query}`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/**
 * The snippet a person pastes into their page. `allow` lets an embedder that is itself cross-origin
 * isolated pass isolation on; the lazy loading keeps an embed below the fold from costing anything.
 */
export function embedSnippet(url: string, title: string): string {
  const height = 420;
  return [
    `<iframe src="${escapeAttribute(url)}"`,
    `  title="${escapeAttribute(title)} · PySandbox"`,
    `  width="100%" height="${height}" style="border: 1px solid #d1d9e0; border-radius: 8px"`,
    `  loading="lazy" allow="cross-origin-isolated; clipboard-write"></iframe>`,
  ].join("\n");
}
