import { randomBytes } from "node:crypto";
import type { AppProcess } from "./app-process";
import { cookieOf, sendHttp } from "./http-client";
import type { HttpResponse } from "./http-client";

export type FileBody = { path: string; content: string };
export type ProjectSummary = { id: string; slug: string; revision: number };

/**
 * A browser's view of an app process: requests from the app's own origin with one session's cookie, as
 * the editor sends them. Several clients may be signed in as one person (several tabs or machines).
 */
export class AppClient {
  constructor(
    readonly app: AppProcess,
    private cookie = "",
  ) {}

  static async signUp(app: AppProcess): Promise<{ client: AppClient; email: string; password: string }> {
    const email = `user-${randomBytes(6).toString("hex")}@example.test`;
    const password = `pw-${randomBytes(9).toString("hex")}`;
    const client = new AppClient(app);
    const response = await client.send("POST", "/api/auth/sign-up/email", { name: "Tester", email, password });
    if (response.status !== 200) throw new Error(`sign-up: ${response.status} ${response.text}`);
    client.cookie = cookieOf(response);
    return { client, email, password };
  }

  /** Signs in on `app` (any instance on the database) as a new client of its own. */
  static async signIn(app: AppProcess, email: string, password: string): Promise<{ client: AppClient; response: HttpResponse }> {
    const client = new AppClient(app);
    const response = await client.send("POST", "/api/auth/sign-in/email", { email, password });
    client.cookie = cookieOf(response);
    return { client, response };
  }

  /** The same session, talking to another instance. */
  on(app: AppProcess): AppClient {
    return new AppClient(app, this.cookie);
  }

  /** What the editor's requests carry: the app's own origin and the session. */
  headers(): Record<string, string> {
    const headers: Record<string, string> = { origin: this.app.appOrigin, "sec-fetch-site": "same-origin" };
    if (this.cookie) headers.cookie = this.cookie;
    return headers;
  }

  send(method: string, path: string, body?: unknown): Promise<HttpResponse> {
    const headers = this.headers();
    if (body !== undefined) headers["content-type"] = "application/json";
    return sendHttp(this.app.port, { method, path, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  async createProject(title: string, files: FileBody[], visibility = "unlisted"): Promise<ProjectSummary> {
    const response = await this.send("POST", "/api/projects", { title, visibility, files });
    if (response.status !== 201) throw new Error(`create: ${response.status} ${response.text}`);
    return (JSON.parse(response.text) as { project: ProjectSummary }).project;
  }

  async files(projectId: string): Promise<{ revision: number; files: Map<string, string> }> {
    const response = await this.send("GET", `/api/projects/${projectId}`);
    if (response.status !== 200) throw new Error(`read: ${response.status} ${response.text}`);
    const { project } = JSON.parse(response.text) as { project: { revision: number; files: { path: string; content: string }[] } };
    return { revision: project.revision, files: new Map(project.files.map((file) => [file.path, file.content])) };
  }
}
