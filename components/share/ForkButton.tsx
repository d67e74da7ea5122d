"use client";
import { GitFork } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { forkProject } from "@/lib/client/projects-api";
import { Button } from "../ui/Button";
import { Dialog, dialogStyles } from "../ui/Dialog";
import styles from "./share.module.css";

type Props = { projectId: string; slug: string; title: string; signedIn: boolean; forkRequested: boolean };

const intentKey = (slug: string) => `pysandbox:fork:${slug}`;

/**
 * Fork: copies the project into a new one of the visitor's and opens it. Pressed while signed out, the wish
 * is kept in this tab's sessionStorage while the visitor signs in and comes back to `/p/<slug>?fork=1`:
 * that return forks at once. The same URL reached any other way (a link someone sent) asks first, so a
 * link alone never makes a project in someone's account.
 */
export function ForkButton({ projectId, slug, title, signedIn, forkRequested }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const started = useRef(false);

  const fork = async () => {
    setBusy(true);
    setError(null);
    const forked = await forkProject(projectId);
    if (!forked.ok) {
      setBusy(false);
      setError(forked.message);
      return;
    }
    // A full load: the new project is another page (its own isolation headers, its own editor state).
    window.location.assign(`/p/${encodeURIComponent(forked.value.slug)}`);
  };

  useEffect(() => {
    if (!forkRequested || !signedIn || started.current) return;
    started.current = true;
    const intended = sessionStorage.getItem(intentKey(slug)) !== null;
    sessionStorage.removeItem(intentKey(slug));
    if (intended) void fork();
    else setConfirming(true);
    // Once, on arrival.
  }, []);

  const onClick = () => {
    if (signedIn) return void fork();
    sessionStorage.setItem(intentKey(slug), "1");
    const back = `/p/${encodeURIComponent(slug)}?fork=1`;
    window.location.assign(`/sign-in?next=${encodeURIComponent(back)}`);
  };

  return (
    <>
      {error && (
        <span className={styles.inlineError} role="alert">
          {error}
        </span>
      )}
      <Button variant="primary" onClick={onClick} disabled={busy} title={signedIn ? "Copy this project into a new project of yours" : "Sign in to fork this project"}>
        <GitFork size={14} aria-hidden /> {busy ? "Forking…" : "Fork"}
      </Button>
      <Dialog open={confirming} onOpenChange={setConfirming} title={`Fork ${title}?`} description="A copy of its files becomes a new project of yours, which you can change freely.">
        <div className={dialogStyles.actions}>
          <Button onClick={() => setConfirming(false)}>Cancel</Button>
          <Button
            variant="primary"
            onClick={() => {
              setConfirming(false);
              void fork();
            }}
          >
            Fork
          </Button>
        </div>
      </Dialog>
    </>
  );
}
