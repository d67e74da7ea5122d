/** Open editor tabs, in order, and the one shown. */
export type Tabs = { open: readonly string[]; active: string | null };

export function openTab(tabs: Tabs, path: string): Tabs {
  return { open: tabs.open.includes(path) ? tabs.open : [...tabs.open, path], active: path };
}

/** Closing the shown tab shows its right-hand neighbour, or the left one at the end of the row. */
export function closeTab(tabs: Tabs, path: string): Tabs {
  const index = tabs.open.indexOf(path);
  if (index === -1) return tabs;
  const open = tabs.open.filter((p) => p !== path);
  const active = tabs.active === path ? (open[Math.min(index, open.length - 1)] ?? null) : tabs.active;
  return { open, active };
}

/** Tabs follow renamed files and drop removed ones. */
export function retargetTabs(tabs: Tabs, moved: ReadonlyMap<string, string>, exists: (path: string) => boolean): Tabs {
  const follow = (path: string): string => moved.get(path) ?? path;
  const open = tabs.open.map(follow).filter(exists);
  const active = tabs.active === null ? null : follow(tabs.active);
  return { open, active: active !== null && exists(active) ? active : (open[0] ?? null) };
}
