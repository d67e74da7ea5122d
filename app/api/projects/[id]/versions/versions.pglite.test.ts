import { describeVersionRoutes } from "./versions.contract";

describeVersionRoutes("pglite");
