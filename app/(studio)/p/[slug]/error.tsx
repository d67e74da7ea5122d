"use client";
import { WorkbenchError } from "@/components/workbench/WorkbenchStates";

export default function EditorError({ reset }: { error: Error; reset: () => void }) {
  return <WorkbenchError onRetry={reset} />;
}
