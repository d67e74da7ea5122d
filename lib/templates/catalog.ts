import { blank } from "./blank";
import { cachedDomReferences } from "./cached-dom-references";
import { helloMicroPython } from "./hello-micropython";
import { helloPyodide } from "./hello-pyodide";
import { micropythonMainPyodideWorker } from "./micropython-main-pyodide-worker";
import { miniCoi } from "./mini-coi";
import { namedWorkerExport } from "./named-worker-export";
import { pyworkerSync } from "./pyworker-sync";
import { serviceWorkerAttribute } from "./service-worker-attribute";
import type { Template, TemplateSummary } from "./template";
import { workerAttribute } from "./worker-attribute";
import { workerWithDom } from "./worker-dom";

/**
 * Starters first, then the Workers documentation's examples (its common use case is the last starter).
 * Each example keeps the isolation setting the documentation runs it with.
 */
export const starterTemplates: readonly Template[] = [
  helloPyodide,
  helloMicroPython,
  blank,
  workerWithDom,
  micropythonMainPyodideWorker,
];

export const exampleTemplates: readonly Template[] = [
  serviceWorkerAttribute,
  workerAttribute,
  namedWorkerExport,
  pyworkerSync,
  cachedDomReferences,
  miniCoi,
];

const byId = new Map([...starterTemplates, ...exampleTemplates].map((template) => [template.id, template]));

export function findTemplate(id: string): Template | undefined {
  return byId.get(id);
}

export const summarize = ({ files: _files, ...summary }: Template): TemplateSummary => summary;
