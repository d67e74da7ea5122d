import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * Serves `/_runtime/<hash>/…` on preview origins. Initial version: nothing is built yet (issue 3 fills this in).
 * Returns false when the path is not a runtime asset, so the caller answers 404.
 */
export async function serveRuntimeAsset(_req: IncomingMessage, _res: ServerResponse, _path: string): Promise<boolean> {
  return false;
}
