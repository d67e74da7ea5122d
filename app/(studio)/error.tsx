"use client";
import { DashboardError } from "@/components/dashboard/DashboardStates";

export default function StudioError({ reset }: { error: Error; reset: () => void }) {
  return <DashboardError onRetry={reset} />;
}
