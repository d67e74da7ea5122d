import { describeForkRoute } from "./fork.contract";

describeForkRoute("pg");
