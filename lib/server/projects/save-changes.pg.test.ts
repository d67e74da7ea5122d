import { describeSaveChanges } from "./save-changes.contract";

describeSaveChanges("pg");
