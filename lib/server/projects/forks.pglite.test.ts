import { describeForks } from "../../../test/support/forks-suite";

describeForks("pglite");
