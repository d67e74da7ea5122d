import { z } from "zod";

const size = z.coerce.number().int().min(100).max(4000).optional();

/** `GET /oembed?url=…&format=json&maxwidth=…&maxheight=…` (oembed.com, section 2.2). */
export const oembedQuery = z.object({
  url: z.string().min(1, "url is required").max(2000),
  format: z.enum(["json", "xml"], "format is json (xml is not supported)").default("json"),
  maxwidth: size,
  maxheight: size,
});
