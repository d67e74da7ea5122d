// Placeholder until the runtime build lands (issue 3).
export async function buildRuntime() {}
