import "server-only";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { ReactNode } from "react";
import { AppError } from "../../errors";
import { actorFromHeaders } from "../auth/actor";
import type { Actor } from "../auth/actor";

/** The actor of the request being rendered, read once per request however many components ask. */
export const currentActor = cache(async (): Promise<Actor> => actorFromHeaders(await headers()));

type PageProps<Params> = { params: Promise<Params>; searchParams: Promise<Record<string, string | string[] | undefined>> };
type PageContext<Params> = { actor: Actor; params: Params; searchParams: Record<string, string | string[] | undefined> };

export const serverPageMark = Symbol.for("pysandbox.serverPage");
export const serverMetadataMark = Symbol.for("pysandbox.serverMetadata");

/**
 * Every server page is built by `serverPage`: it hands the render the actor (so every query it makes can
 * take one) and turns a not_found AppError into Next's 404 page, so an invisible project is a plain 404.
 */
export function serverPage<Params = Record<string, never>>(
  render: (context: PageContext<Params>) => Promise<ReactNode>,
) {
  const page = async ({ params, searchParams }: PageProps<Params>): Promise<ReactNode> => {
    try {
      return await render({ actor: await currentActor(), params: await params, searchParams: await searchParams });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }
  };
  return Object.assign(page, { [serverPageMark]: true as const });
}

/**
 * Every `generateMetadata` is built by `serverMetadata`: it reads with the same actor as the page, and a
 * not_found AppError gives the title of a missing page, so the title never tells an invisible project apart.
 */
export function serverMetadata<Params = Record<string, never>>(read: (context: PageContext<Params>) => Promise<Metadata>) {
  const generate = async ({ params, searchParams }: PageProps<Params>): Promise<Metadata> => {
    try {
      return await read({ actor: await currentActor(), params: await params, searchParams: await searchParams });
    } catch (error) {
      if (error instanceof AppError && error.code === "not_found") return notFoundMetadata;
      throw error;
    }
  };
  return Object.assign(generate, { [serverMetadataMark]: true as const });
}

export const notFoundMetadata: Metadata = { title: "Not found · PySandbox" };
