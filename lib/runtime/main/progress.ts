/**
 * One indeterminate bar at the top of the page while any interpreter loads. An interpreter's first load
 * can take seconds (Pyodide is ~12 MB), and a blank page reads as broken.
 */
let bar: HTMLElement | null = null;
let pending = 0;

export function trackLoading<T>(loading: Promise<T>, label: string): Promise<T> {
  if (pending++ === 0) {
    bar = document.createElement("div");
    bar.className = "py-loading";
    bar.setAttribute("role", "progressbar");
    bar.setAttribute("aria-label", label);
    document.body.prepend(bar);
  }
  const finish = (): void => {
    if (--pending === 0) bar?.remove();
  };
  loading.then(finish, finish);
  return loading;
}
