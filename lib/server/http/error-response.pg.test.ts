import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { testDatabaseUrl } from "@/test/support/test-databases";
import { PrismaClient } from "../generated/prisma/client";
import { errorResponse } from "./error-response";

describe("a database with no connection to spare", () => {
  it("answers 503 with Retry-After, not 500, when a transaction gets no connection in time", async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: testDatabaseUrl, max: 1 }) });
    let release = () => {};
    const releasing = new Promise<void>((resolve) => (release = resolve));
    let taken = () => {};
    const holding = new Promise<void>((resolve) => (taken = resolve));
    // The pool's one connection, held by a transaction until the other has given up waiting.
    const holder = prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      taken();
      await releasing;
    });
    try {
      await holding;
      const error = await prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`, { maxWait: 100 }).then(() => null, (e: unknown) => e);
      const response = errorResponse(error);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.json()).toEqual({ error: { code: "service_unavailable", message: "The server is busy; try again shortly." } });
    } finally {
      release();
      await holder;
      await prisma.$disconnect();
    }
  });
});
