// Run as its own process: prepares the database the environment names, reports, and exits.
import { loadConfig } from "../../lib/config";
import { listProjects } from "../../lib/server/projects/queries";
import { prepareDatabase } from "../../lib/server/startup";

const prepared = await prepareDatabase(loadConfig());
const projects = await listProjects();
console.log(JSON.stringify({ projects: projects.map((p) => p.slug) }));
await prepared.close();
