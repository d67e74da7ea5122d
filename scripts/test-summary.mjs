// The one last line of `npm test`, summed over the runners' JSON reports (null when a runner wrote none).

/** Vitest's JSON report and exit status: a crash or a failing file outside any test counts as one failure. */
export function vitestCounts(report, status) {
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const failed = report.numFailedTests;
  return {
    passed: report.numPassedTests,
    failed: status !== 0 && failed === 0 ? 1 : failed,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/** Playwright's JSON `stats` and exit status: a flaky test passed on retry. */
export function playwrightCounts(report, status) {
  const stats = report?.stats;
  if (!stats) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: stats.expected + stats.flaky,
    failed: status !== 0 && stats.unexpected === 0 ? 1 : stats.unexpected,
    skipped: stats.skipped,
  };
}

export function summaryLine(...counts) {
  const sum = (key) => counts.reduce((total, c) => total + c[key], 0);
  return `${sum("passed")} passed, ${sum("failed")} failed, ${sum("skipped")} skipped`;
}
