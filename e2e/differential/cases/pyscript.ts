import type { DiffCase } from "../case";
import { cases as context } from "./pyscript/context";
import { cases as display } from "./pyscript/display";
import { cases as imports } from "./pyscript/imports";
import { cases as whenAndEvent } from "./pyscript/when-event";

/** The top-level `pyscript` names, by topic: one case file, so one page load per engine and thread. */
export const cases: DiffCase[] = [...imports, ...display, ...whenAndEvent, ...context];
