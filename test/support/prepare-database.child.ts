// Run as its own process: prepares the database the environment names, reports, and exits.
import { loadConfig } from "../../lib/config";
import { getDb } from "../../lib/server/db";
import { prepareDatabase } from "../../lib/server/startup";

const prepared = await prepareDatabase(loadConfig());
const projects = await getDb().project.findMany({ select: { slug: true } });
console.log(JSON.stringify({ projects: projects.map((p) => p.slug) }));
await prepared.close();
