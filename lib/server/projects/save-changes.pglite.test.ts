import { describeSaveChanges } from "./save-changes.contract";

describeSaveChanges("pglite");
