/** better-auth's error for a failed sign-in, sign-up or account change, in words a person can act on. */
export function describeAuthError(error: { status: number; code?: string | undefined; message?: string | undefined }, retryAfter: string | null): string {
  if (error.status === 429) {
    const seconds = Number(retryAfter);
    const wait = Number.isFinite(seconds) && seconds > 0 ? ` Try again in ${seconds} second${seconds === 1 ? "" : "s"}.` : " Try again in a minute.";
    return `Too many attempts.${wait}`;
  }
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "Wrong email or password.";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "An account with this email already exists. Sign in instead.";
    case "PASSWORD_TOO_SHORT":
      return "Use a password of at least 8 characters.";
    case "PASSWORD_TOO_LONG":
      return "Use a password of at most 128 characters.";
    case "INVALID_PASSWORD":
      return "Wrong password.";
    case "PASSWORD_REQUIRED":
      return "Enter your password to delete your account.";
    case "INVALID_EMAIL":
      return "That email address does not look right.";
    default:
      return error.message || "Something went wrong. Try again.";
  }
}

const base = "http://app.invalid";
// Browsers drop tabs and newlines from URLs and read a backslash as a slash, so "/\t/evil.example" and
// "/\\evil.example" both lead to another host: such a path is refused whole, not cleaned.
const unsafeCharacters = /[\u0000-\u001f\u007f\\]/;

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeNextPath(next: string | string[] | undefined): string {
  if (typeof next !== "string" || !next.startsWith("/") || unsafeCharacters.test(next)) return "/";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  // "/.//evil.example" resolves to the path "//evil.example", which a browser reads as another host.
  if (url.origin !== base || url.pathname.startsWith("//")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
