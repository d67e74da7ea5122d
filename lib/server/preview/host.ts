import { projectSlugSchema } from "../../ids";
import type { ProjectSlug } from "../../ids";

/**
 * The project slug when `host` is exactly `<slug>.<previewDomain>` (case-insensitive, slug one DNS label),
 * otherwise null so the request goes to the app. Nested labels (`a.b.<previewDomain>`) are not previews.
 */
export function previewSlugFromHost(host: string | undefined, previewDomain: string): ProjectSlug | null {
  if (!host) return null;
  const suffix = `.${previewDomain.toLowerCase()}`;
  const lowered = host.toLowerCase();
  if (!lowered.endsWith(suffix)) return null;
  const parsed = projectSlugSchema.safeParse(lowered.slice(0, -suffix.length));
  return parsed.success ? parsed.data : null;
}
