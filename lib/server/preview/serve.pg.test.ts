import { describePreviewServing } from "../../../test/support/preview/serving-suite";

// One database per test file: lib/server/db.ts holds one database per process.
describePreviewServing("pg");
