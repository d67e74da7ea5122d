import type { ReactNode } from "react";
import "./globals.css";

export const metadata = { title: "PySandbox", description: "Python in the browser: write, run, share, embed." };

/** The document only: the site header belongs to the site's own pages, not to embeds framed elsewhere. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
      </body>
    </html>
  );
}
