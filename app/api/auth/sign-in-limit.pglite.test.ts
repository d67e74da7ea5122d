import { describeSignIn } from "./sign-in-limit.contract";

describeSignIn("pglite");
