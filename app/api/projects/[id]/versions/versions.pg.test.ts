import { describeVersionRoutes } from "./versions.contract";

describeVersionRoutes("pg");
