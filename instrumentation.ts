export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxSender } = await import("./lib/email/sender");
  startOutboxSender();
}
