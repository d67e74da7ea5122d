"use client";
import { useState, useSyncExternalStore } from "react";
import { createHttpTransport } from "@/lib/workbench/http-transport";
import { createWorkbenchStore, type WorkbenchState, type WorkbenchStore } from "@/lib/workbench/store";
import { firstFileToOpen, type WorkbenchFile } from "@/lib/workbench/files";

/** One store per mounted workbench, created from the server's files on first render. */
export function useWorkbenchStore(projectId: string, revision: number, files: WorkbenchFile[]): WorkbenchStore {
  const [store] = useState(() => {
    return createWorkbenchStore({ revision, files }, createHttpTransport(projectId), firstFileToOpen(files)?.path);
  });
  return store;
}

export function useWorkbenchState(store: WorkbenchStore): WorkbenchState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
