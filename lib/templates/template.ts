/** A project to start from: the files a new project gets and whether its preview sends the isolation headers. */
export type Template = {
  id: string;
  title: string;
  description: string;
  isolated: boolean;
  files: { path: string; content: string }[];
};

/** What the New project dialog lists: everything but the files, which stay on the server side of the request. */
export type TemplateSummary = Omit<Template, "files">;
