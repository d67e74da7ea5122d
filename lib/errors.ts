/** Coded errors: each code maps to exactly one HTTP status and is safe to show to the user. */
export const errorStatus = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  /**
   * The account holds as many projects or bytes as it may (lib/server/projects/quota.ts). 403 like a refused
   * permission: the request is fine and sending it again will not help, while the account's own state forbids
   * it until its owner deletes something. Not 413 (a blank project has no large body) nor 409 (which the
   * editor reads as "someone else changed this").
   */
  quota_exceeded: 403,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  too_many_requests: 429,
  not_implemented: 501,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Response headers that belong with this error, such as Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode | "internal"; message: string } & Record<string, unknown> };
