import { describeQuotas } from "./quota.contract";

describeQuotas("pglite");
