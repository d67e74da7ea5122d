import { describeQuotas } from "./quota.contract";

describeQuotas("pg");
