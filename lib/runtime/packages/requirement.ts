/** A `packages` entry such as `"snowballstemmer>=2.2.0"` or `"numpy >=1.20, <2"`: a name and its constraints. */
export type Requirement = { name: string; constraints: Constraint[] };
export type Constraint = { operator: Operator; version: string };
type Operator = "==" | "!=" | ">=" | "<=" | ">" | "<" | "~=";

const requirementPattern = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*?)\s*$/;
const constraintPattern = /^(==|!=|>=|<=|~=|>|<)\s*([0-9][0-9A-Za-z.*+!-]*)$/;

export class RequirementError extends Error {
  override name = "RequirementError";
}

/** Splits a requirement (extras in `[...]` are accepted and ignored). Anything else is an error naming it. */
export function parseRequirement(spec: string): Requirement {
  const match = requirementPattern.exec(spec);
  if (!match) throw new RequirementError(`'${spec}' is not a package name with optional version constraints`);
  const [, name, rest] = match as unknown as [string, string, string];
  if (!rest) return { name, constraints: [] };
  const constraints = rest.split(",").map((part) => {
    const constraint = constraintPattern.exec(part.trim());
    if (!constraint) throw new RequirementError(`'${spec}': '${part.trim()}' is not a version constraint (==, !=, >=, <=, >, <, ~= and a version)`);
    const [, operator, version] = constraint as unknown as [string, Operator, string];
    if (operator === "~=" && releaseOf(version).length < 2) throw new RequirementError(`'${spec}': ~= needs a version with at least two parts`);
    if (version.includes("*") && operator !== "==" && operator !== "!=") throw new RequirementError(`'${spec}': a * is allowed only after == or !=`);
    return { operator, version };
  });
  return { name, constraints };
}

/** The first constraint `version` fails, or null when it meets them all. */
export function unmetConstraint(version: string, constraints: Constraint[]): Constraint | null {
  return constraints.find((constraint) => !meets(version, constraint)) ?? null;
}

function meets(version: string, { operator, version: wanted }: Constraint): boolean {
  if (wanted.endsWith(".*")) {
    const prefix = releaseOf(wanted.slice(0, -2));
    const matches = prefix.every((part, i) => (releaseOf(version)[i] ?? 0) === part);
    return operator === "==" ? matches : !matches;
  }
  const order = compareVersions(version, wanted);
  switch (operator) {
    case "==":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">=":
      return order >= 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case "<":
      return order < 0;
    case "~=": {
      // ~=2.2 is >=2.2 and ==2.*; ~=1.4.5 is >=1.4.5 and ==1.4.*.
      const prefix = releaseOf(wanted).slice(0, -1);
      return order >= 0 && prefix.every((part, i) => (releaseOf(version)[i] ?? 0) === part);
    }
  }
}

/**
 * Compares dotted numeric versions part by part, a missing part counting as 0 (1.0 == 1.0.0). A tag after the
 * numbers orders as Python's packaging does for the common ones: dev < a < b < rc < (none) < post.
 */
export function compareVersions(a: string, b: string): number {
  const [releaseA, releaseB] = [releaseOf(a), releaseOf(b)];
  for (let i = 0; i < Math.max(releaseA.length, releaseB.length); i++) {
    const difference = (releaseA[i] ?? 0) - (releaseB[i] ?? 0);
    if (difference) return Math.sign(difference);
  }
  return Math.sign(tagRank(a) - tagRank(b));
}

function releaseOf(version: string): number[] {
  const numbers = /^v?(\d+(?:\.\d+)*)/i.exec(version.trim())?.[1] ?? "0";
  return numbers.split(".").map(Number);
}

const tagRanks: [RegExp, number][] = [
  [/^[-_.]?dev/i, -4],
  [/^[-_.]?(alpha|a)/i, -3],
  [/^[-_.]?(beta|b)/i, -2],
  [/^[-_.]?(rc|c|pre)/i, -1],
  [/^([-_.]?(post|rev|r)|-)/i, 1],
];

function tagRank(version: string): number {
  const tag = version.trim().replace(/^v?\d+(?:\.\d+)*/i, "");
  if (!tag) return 0;
  return tagRanks.find(([pattern]) => pattern.test(tag))?.[1] ?? 0;
}
