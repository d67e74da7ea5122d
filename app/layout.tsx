import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site/site-header";
import "./globals.css";

export const metadata = { title: "PySandbox", description: "Python in the browser: write, run, share, embed." };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        {children}
      </body>
    </html>
  );
}
