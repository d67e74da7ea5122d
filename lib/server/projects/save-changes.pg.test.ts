import { describeSaveChanges } from "../../../test/support/save-changes-suite";

describeSaveChanges("pg");
