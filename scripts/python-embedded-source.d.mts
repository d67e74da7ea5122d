/** `source` with its comment-only lines made empty (lines inside triple-quoted strings kept); `name` names it in errors. */
export function withoutCommentLines(source: string, name: string): string;
/** `source` with each module, class and function docstring reduced to `""`, every line keeping its number. */
export function withoutDocstrings(source: string): string;
