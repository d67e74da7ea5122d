import { describeVersionServing } from "./version-serving.contract";

// One database per test file: lib/server/db.ts holds one database per process.
describeVersionServing("pglite");
