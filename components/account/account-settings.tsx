import styles from "./account.module.css";
import { DeleteAccount } from "./delete-account";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";

type Props = { name: string; email: string; projectCount: number };

/** The account page's sections, top to bottom from the everyday to the irreversible. */
export function AccountSettings({ name, email, projectCount }: Props) {
  return (
    <main className={styles.page}>
      <div>
        <h1 className={styles.heading}>Account</h1>
        <p className={styles.lead}>Your name, your password, and your account itself.</p>
      </div>
      <ProfileForm name={name} email={email} />
      <PasswordForm />
      <DeleteAccount projectCount={projectCount} />
    </main>
  );
}
