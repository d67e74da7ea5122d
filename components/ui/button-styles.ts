import styles from "./button.module.css";

/** Class names for a button or a link that looks like one. */
export function buttonClass(variant: "primary" | "secondary" = "primary"): string {
  return `${styles.button} ${styles[variant]}`;
}
