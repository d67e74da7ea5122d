/** An embed of a project that does not exist, is private, or is not shared: the same words for all three. */
export default function EmbedNotFound() {
  return (
    <main style={{ display: "grid", placeItems: "center", minHeight: "100vh", padding: "1rem", textAlign: "center" }}>
      <p>
        This project cannot be embedded: it does not exist or it is not shared.
        <br />
        <a href="/" target="_blank" rel="noopener">
          PySandbox
        </a>
      </p>
    </main>
  );
}
