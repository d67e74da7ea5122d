import { describeProjectQueries } from "../../../test/support/project-queries-suite";

describeProjectQueries("pg");
