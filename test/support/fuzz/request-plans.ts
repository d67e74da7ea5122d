import { readFileSync } from "node:fs";
import fc from "fast-check";
import type { ApiRoute } from "./api-routes";

/**
 * A generated request, described symbolically: which fixture project or user it names is resolved when it
 * is sent (fixtures change as accepted requests delete projects or sign sessions out), and a huge body is
 * a size, made at send time, so fast-check never holds megabytes per case.
 */
export type ProjectRef = "own private" | "own public" | "other's private" | "other's public";
export type PathPart = { text: string } | { project: ProjectRef };
export type Who = "owner" | "other user" | "signed out" | "forged cookie";
export type Body =
  | { kind: "none" }
  | { kind: "text"; text: string }
  | { kind: "huge"; field: string; bytes: number }
  | { kind: "deep"; depth: number };
export type RequestPlan = {
  route: string;
  method: string;
  path: PathPart[];
  query: [string, string | { projectPage: ProjectRef }][];
  who: Who;
  origin: "app" | "foreign site" | "preview" | "none";
  contentType: string | null;
  body: Body;
};

const methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND"];
const projectRefs: ProjectRef[] = ["own private", "own public", "other's private", "other's public"];
const fields = [
  "title", "slugPrefix", "slug", "visibility", "isolated", "files", "template", "revision", "baseRevision", "upserts", "deletes",
  "path", "content", "encoding", "message", "rotatePreviewSecret", "email", "password", "name", "newPassword",
  "currentPassword", "revokeOtherSessions", "token", "callbackURL", "rememberMe", "image", "__proto__", "constructor",
];
const authEndpoints = [
  "sign-up/email", "sign-in/email", "sign-out", "get-session", "update-user", "change-password", "delete-user",
  "list-sessions", "revoke-session", "revoke-sessions", "revoke-other-sessions", "request-password-reset",
  "reset-password", "verify-email", "send-verification-email", "change-email", "list-accounts", "ok", "error",
];
const queryKeys = ["url", "title", "v", "format", "maxwidth", "maxheight", "callbackURL", "token", "currentURL"];
const awkward = [
  "main.py", "../etc/passwd", "/abs.py", "a\\b.py", "a\u0000b", "CON", "ｍａｉｎ.py", "a/./b", "a//b", "public", "private",
  "unlisted", "utf8", "base64", "latin1", "", " ", "1", "true", "<img src=x onerror=alert(1)>", "__proto__",
  "constructor", "hello-pyodide", "x".repeat(300), "user@example.test", "pw-12345678", "\u202e.py", "%2e%2e",
];
const awkwardSegments = ["..", "%2e%2e", "%00", "%C0%AE", "%FF", "%2F", "0", "-1", "99999999999", "1e3", "01", "ñ", "%E2%80%AE"];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(...awkward),
);
const scalar = fc.oneof(
  { arbitrary: text, weight: 4 },
  fc.integer(),
  fc.constantFrom(0, 1, 2, 3, -1, 2 ** 31, 2 ** 53, 1.5, 1e308),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const { value } = fc.letrec<{ value: unknown; fileLike: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: scalar, weight: 5 },
    fc.array(tie("value"), { maxLength: 4 }),
    fc.array(tie("fileLike"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...fields), tie("value"), { maxKeys: 4 }),
  ),
  fileLike: fc.record({ path: scalar, content: scalar, encoding: scalar }, { requiredKeys: [] }),
}));

/** Bodies: field names the routes know with values of any type, any JSON, non-JSON, huge and deeply nested. */
const body: fc.Arbitrary<Body> = fc.oneof(
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 2 },
  { arbitrary: fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: 6 }).map((v) => ({ kind: "text" as const, text: JSON.stringify(v) })), weight: 8 },
  { arbitrary: fc.jsonValue().map((v) => ({ kind: "text" as const, text: JSON.stringify(v) })), weight: 1 },
  { arbitrary: text.map((t) => ({ kind: "text" as const, text: t })), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("huge" as const), field: fc.constantFrom("title", "content", "email", "deletes"), bytes: fc.constantFrom(70_000, 300_000, 1_200_000) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("deep" as const), depth: fc.constantFrom(1_000, 100_000) }), weight: 1 },
);

function segment(name: string): fc.Arbitrary<PathPart> {
  const textPart = fc.oneof(text, fc.constantFrom(...awkwardSegments).map(decodeLoosely)).map((t) => ({ text: t }));
  if (name === "[id]") {
    return fc.oneof({ arbitrary: fc.constantFrom(...projectRefs).map((project) => ({ project })), weight: 6 }, fc.uuid().map((t) => ({ text: t })), textPart);
  }
  if (name === "[n]") return fc.oneof(fc.constantFrom("1", "2").map((t) => ({ text: t })), fc.nat().map((n) => ({ text: String(n) })), textPart);
  if (name === "[...all]") return fc.oneof({ arbitrary: fc.constantFrom(...authEndpoints).map((t) => ({ text: t })), weight: 4 }, textPart);
  return textPart;
}

/** A `%XX` sequence stands for its bytes; the sender percent-encodes again, so it arrives as written. */
function decodeLoosely(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const exportedMethods = (file: string): string[] => [...readFileSync(file, "utf8").matchAll(/export const (GET|HEAD|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);

/** Requests for one route: its own methods most of the time, any method otherwise. */
export function requestPlans(route: ApiRoute): fc.Arbitrary<RequestPlan> {
  const own = exportedMethods(route.file);
  const dynamic = route.segments.filter((s) => s.startsWith("["));
  return fc.record({
    route: fc.constant(route.template),
    method: fc.oneof({ arbitrary: fc.constantFrom(...own), weight: 3 }, fc.constantFrom(...methods)),
    path: fc.tuple(...dynamic.map(segment)),
    query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...queryKeys), text), fc.oneof(text, fc.constantFrom(...projectRefs).map((r) => ({ projectPage: r })))), { maxLength: 3 }),
    who: fc.constantFrom<Who>("owner", "owner", "other user", "signed out", "signed out", "forged cookie"),
    origin: fc.constantFrom<RequestPlan["origin"]>("app", "app", "app", "app", "app", "app", "foreign site", "preview", "none"),
    contentType: fc.oneof(
      { arbitrary: fc.constant("application/json"), weight: 8 },
      fc.constantFrom(null, "text/plain", "application/zip", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1"),
      text,
    ),
    body,
  });
}
