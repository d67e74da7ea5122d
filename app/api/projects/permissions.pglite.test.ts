import { describePermissionMatrix } from "./permissions.contract";

describePermissionMatrix("pglite");
