import { z } from "zod";

// In the browser zod would probe `Function("")` to compile faster parsers; the app's content security policy
// refuses eval, so the probe is a reported violation on every page. Its plain parsers need no eval.
if (typeof window !== "undefined") z.config({ jitless: true });
