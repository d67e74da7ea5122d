import { describeProjectQueries } from "./queries.contract";

describeProjectQueries("pg");
