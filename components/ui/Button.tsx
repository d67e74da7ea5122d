import type { ButtonHTMLAttributes } from "react";
import styles from "./button.module.css";

type Variant = "default" | "primary" | "danger" | "icon";

/** A button in one of the app's few styles; an icon button needs an aria-label, since it shows no text. */
export function Button({ variant = "default", className, type = "button", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const variantClass = variant === "default" ? "" : styles[variant];
  return <button type={type} className={[styles.button, variantClass, className].filter(Boolean).join(" ")} {...props} />;
}
