/** The message under a form field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message ?? ""}
    </p>
  );
}
