"use client";
import { createAuthClient } from "better-auth/client";

/** better-auth's documented browser client, on the app's own origin (`/api/auth/*`). */
export const authClient = createAuthClient();
