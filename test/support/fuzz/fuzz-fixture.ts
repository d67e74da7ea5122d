import { randomBytes } from "node:crypto";
import type { AppProcess } from "../app-process";
import { cookieOf, sendHttp } from "../http-client";
import type { HttpRequest, HttpResponse } from "../http-client";
import type { Body, ProjectRef, RequestPlan, Who } from "./request-plans";

type Account = { email: string; password: string; cookie: string };
type Project = { id: string; slug: string };

/**
 * The world the fuzzer's requests are about: two signed-in users, each with a private and a public project
 * (one with a published version). Accepted requests may delete projects or end sessions; `restore` puts
 * back whatever is gone, so later requests still reach the routes' deeper paths.
 */
export class FuzzFixture {
  private readonly accounts = new Map<"owner" | "other user", Account>();
  private readonly projects = new Map<ProjectRef, Project>();

  constructor(private readonly app: AppProcess) {}

  async setUp(): Promise<void> {
    for (const who of ["owner", "other user"] as const) {
      const account = { email: `fuzz-${randomBytes(6).toString("hex")}@example.test`, password: `pw-${randomBytes(9).toString("hex")}` };
      const response = await this.send("POST", "/api/auth/sign-up/email", "", { name: who, ...account });
      if (response.status !== 200) throw new Error(`sign-up: ${response.status} ${response.text}`);
      this.accounts.set(who, { ...account, cookie: cookieOf(response) });
    }
    await this.restore();
  }

  /** Signs back in whoever an accepted request signed out, and recreates deleted projects. */
  async restore(): Promise<void> {
    for (const [who, account] of this.accounts) {
      const session = await this.send("GET", "/api/auth/get-session", account.cookie);
      if (session.status === 200 && session.text !== "null") continue;
      const signIn = await this.send("POST", "/api/auth/sign-in/email", "", { email: account.email, password: account.password });
      if (signIn.status !== 200) throw new Error(`sign-in of the ${who}: ${signIn.status} ${signIn.text}`);
      account.cookie = cookieOf(signIn);
    }
    for (const ref of ["own private", "own public", "other's private", "other's public"] as const) {
      const known = this.projects.get(ref);
      const cookie = this.accounts.get(ref.startsWith("own") ? "owner" : "other user")!.cookie;
      if (known && (await this.send("GET", `/api/projects/${known.id}`, cookie)).status === 200) continue;
      const visibility = ref.endsWith("private") ? "private" : "public";
      const files = [{ path: "main.py", content: "print('hi')" }, { path: "index.html", content: "<script type=py src=main.py></script>" }];
      const created = await this.send("POST", "/api/projects", cookie, { title: ref, visibility, files });
      if (created.status !== 201) throw new Error(`creating the ${ref} project: ${created.status} ${created.text}`);
      const { project } = JSON.parse(created.text) as { project: Project };
      await this.send("POST", `/api/projects/${project.id}/versions`, cookie, { message: "first" });
      this.projects.set(ref, project);
    }
  }

  /** The plan as bytes on the wire. */
  resolve(plan: RequestPlan): HttpRequest {
    let dynamic = 0;
    const path = plan.route
      .split("/")
      .map((segment) => {
        if (!segment.startsWith("[")) return segment;
        const part = plan.path[dynamic++]!;
        if ("project" in part) return this.projects.get(part.project)!.id;
        // A catch-all takes several segments: keep the slashes of auth endpoint names.
        return segment === "[...all]" ? part.text.split("/").map(percentEncode).join("/") : percentEncode(part.text);
      })
      .join("/");
    const query = plan.query
      .map(([key, value]) => {
        const resolved = typeof value === "string" ? value : `${this.app.appOrigin}/p/${this.projects.get(value.projectPage)!.slug}`;
        return `${percentEncode(key)}=${percentEncode(resolved)}`;
      })
      .join("&");
    const headers: Record<string, string> = {};
    const cookie = this.cookieOf(plan.who);
    if (cookie) headers.cookie = cookie;
    if (plan.contentType !== null) headers["content-type"] = plan.contentType.replace(/[^\t\x20-\x7e]/g, "");
    const origin = { app: this.app.appOrigin, "foreign site": "https://evil.example", preview: this.app.previewOrigin("someone"), none: null }[plan.origin];
    if (origin) headers.origin = origin;
    if (plan.origin !== "none") headers["sec-fetch-site"] = plan.origin === "app" ? "same-origin" : plan.origin === "preview" ? "same-site" : "cross-site";
    return { method: plan.method, path: query ? `${path}?${query}` : path, headers, body: bodyBytes(plan.body) };
  }

  private cookieOf(who: Who): string {
    if (who === "signed out") return "";
    if (who === "forged cookie") return "__Host-pysandbox.session_token=forged.c2lnbmF0dXJl; pysandbox.session_token=x; better-auth.session_token=x";
    return this.accounts.get(who)!.cookie;
  }

  private send(method: string, path: string, cookie: string, body?: unknown): Promise<HttpResponse> {
    const headers: Record<string, string> = { origin: this.app.appOrigin, "sec-fetch-site": "same-origin", "content-type": "application/json" };
    if (cookie) headers.cookie = cookie;
    return sendHttp(this.app.port, { method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }
}

function bodyBytes(body: Body): string | undefined {
  switch (body.kind) {
    case "none":
      return undefined;
    case "text":
      return body.text;
    case "huge": {
      const big = "x".repeat(body.bytes);
      const value = body.field === "deletes" ? Array.from({ length: body.bytes / 8 }, (_, i) => `f${i}.py`) : body.field === "content" ? [{ path: "big.py", content: big }] : big;
      return JSON.stringify(body.field === "content" ? { files: value, upserts: value, baseRevision: 1, revision: 1, title: "t" } : { [body.field]: value });
    }
    case "deep":
      return "[".repeat(body.depth) + "]".repeat(body.depth);
  }
}

/** Every byte but the unreserved ones as %XX, so any string, lone surrogates included, is a legal request line. */
function percentEncode(text: string): string {
  return [...Buffer.from(text, "utf8")].map((byte) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)).join("");
}
