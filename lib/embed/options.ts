import { z } from "zod";
import "../zod-in-browser";

/**
 * An embed's options, from its query string (`/embed/<slug>?view=…`). One schema for the embed page, the
 * oEmbed endpoint and the snippet, so they cannot disagree on a name or a default. A value that is not
 * understood falls back to its default: a typo in someone's blog post should still show the project.
 */
const lenient = <T extends z.ZodType>(schema: T, fallback: z.output<T>) => z.preprocess(first, schema.catch(fallback));

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

export const embedViews = ["preview", "code", "split"] as const;

export const embedOptionsSchema = z.object({
  view: lenient(z.enum(embedViews), "split"),
  /** The file the code view shows first; when the project has no such file, main.py or the first one. */
  file: lenient(z.string().max(500).optional(), undefined),
  /** Unset: the visitor's system setting. */
  theme: lenient(z.enum(["light", "dark"]).optional(), undefined),
  console: lenient(z.enum(["0", "1"]).transform((v) => v === "1"), true),
  /** `click`: nothing heavy (interpreter, editor, preview frame) loads until the visitor presses Run. */
  run: lenient(z.enum(["auto", "click"]), "auto"),
  /** A version's number; unset: the draft. */
  v: lenient(z.coerce.number().int().positive().optional(), undefined),
});
export type EmbedOptions = z.output<typeof embedOptionsSchema>;

export const defaultEmbedOptions: EmbedOptions = embedOptionsSchema.parse({});

/** The query string of an embed URL: only what differs from the defaults, in a fixed order. */
export function embedQuery(options: Partial<EmbedOptions>): string {
  const query = new URLSearchParams();
  if (options.v !== undefined) query.set("v", String(options.v));
  if (options.view && options.view !== defaultEmbedOptions.view) query.set("view", options.view);
  if (options.file) query.set("file", options.file);
  if (options.theme) query.set("theme", options.theme);
  if (options.console === false) query.set("console", "0");
  if (options.run === "click") query.set("run", "click");
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The page an embed's "Open in editor" goes to: the project, or the version it shows. */
export function projectPagePath(slug: string, version: number | undefined): string {
  return version === undefined ? `/p/${slug}` : `/p/${slug}?v=${version}`;
}

export const defaultEmbedSize = { width: 800, height: 450 };

/** The embed page of a project with these options. */
export function embedUrl(appOrigin: string, slug: string, options: Partial<EmbedOptions>): string {
  return `${appOrigin}/embed/${slug}${embedQuery(options)}`;
}

/** The snippet a person pastes into their page. */
export function embedSnippet(
  appOrigin: string,
  slug: string,
  title: string,
  options: Partial<EmbedOptions>,
  size: { width: number; height: number } = defaultEmbedSize,
): string {
  const src = embedUrl(appOrigin, slug, options);
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${size.width}" height="${size.height}" style="border:0;border-radius:8px;overflow:hidden" allow="cross-origin-isolated" loading="lazy"></iframe>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
