import { WorkbenchLoading } from "@/components/workbench/WorkbenchStates";

export default WorkbenchLoading;
