import "server-only";

/** Rewrites pyscript.net / jsDelivr PyScript URLs in served HTML to our runtime. Initial version: unchanged (issue 3). */
export function rewritePyScriptUrls(html: string): string {
  return html;
}
