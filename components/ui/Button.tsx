import type { ButtonHTMLAttributes } from "react";
import styles from "./button.module.css";

type Variant = "secondary" | "primary" | "danger" | "icon";

/** A button in one of the app's few styles; an icon button needs an aria-label, since it shows no text. */
export function Button({ variant = "secondary", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={[styles.button, styles[variant], className].filter(Boolean).join(" ")} {...props} />;
}
