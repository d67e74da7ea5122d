import { z } from "zod";
import "./zod-in-browser";

export type ProjectId = string & { readonly __brand: "ProjectId" };
export type ProjectSlug = string & { readonly __brand: "ProjectSlug" };
export type UserId = string & { readonly __brand: "UserId" };

export const projectIdSchema = z.uuid().transform((s) => s as ProjectId);

/** A slug is one DNS label: it becomes the preview subdomain. */
export const projectSlugSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "lowercase letters, digits and inner hyphens only")
  .transform((s) => s as ProjectSlug);
