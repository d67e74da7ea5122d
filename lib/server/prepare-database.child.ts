// Test helper run as its own process: prepares the database the environment names, reports, and exits.
import { loadConfig } from "../config";
import { listProjects } from "./projects/queries";
import { prepareDatabase } from "./startup";

const prepared = await prepareDatabase(loadConfig());
const projects = await listProjects();
console.log(JSON.stringify({ projects: projects.map((p) => p.slug) }));
await prepared.close();
