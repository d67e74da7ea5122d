import "server-only";
import { cache } from "react";
import type { ProjectSlug } from "../../ids";
import type { Actor } from "../auth/actor";
import { getProjectSummaryBySlug } from "../projects/queries";
import type { ProjectSummary } from "../projects/queries";

/**
 * The project a page shows, as the page's actor may read it, without its files: read once per request.
 * A page's generateMetadata and its render both ask for it; React's `cache` lasts one request and is keyed on
 * the arguments (the actor object `currentActor` hands every caller of one request, and the slug), so the
 * second gets the first one's answer, a not_found included.
 */
export const pageProject = cache((actor: Actor, slug: ProjectSlug): Promise<ProjectSummary> => getProjectSummaryBySlug(actor, slug));
