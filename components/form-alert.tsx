/** A form's problem, announced at once to screen readers; nothing when there is none. */
export function FormAlert({ message }: { message?: string | null }) {
  return message ? (
    <div className="form-alert" role="alert">
      {message}
    </div>
  ) : null;
}
