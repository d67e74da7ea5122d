/** `source` with its comment-only lines made empty (lines inside triple-quoted strings kept); `name` names it in errors. */
export function withoutCommentLines(source: string, name: string): string;
