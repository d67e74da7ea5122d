import { describePermissionMatrix } from "./permissions.contract";

describePermissionMatrix("pg");
