import { DashboardLoading } from "@/components/dashboard/DashboardStates";

export default DashboardLoading;
