import { describeProjectQueries } from "./queries.contract";

describeProjectQueries("pglite");
