import { describeForkRoute } from "./fork.contract";

describeForkRoute("pglite");
