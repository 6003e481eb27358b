interface Props {
  action: (form: FormData) => Promise<void>;
  /** The manage link's token, when the form is on a booking's page. */
  token?: string;
  /** Shown when the box was not ticked. */
  needsConfirm?: boolean;
}

/** Erasing cannot be undone: a plain form with a box to tick first. */
export function EraseDataForm({ action, token, needsConfirm }: Props) {
  return (
    <form action={action} className="form">
      {token ? <input type="hidden" name="token" value={token} /> : null}
      <p>
        Sessions still to come are cancelled, and their volunteers told. Past sessions stay in the programme&apos;s counts without your name, address or words.
        Nothing more will be sent to you.
      </p>
      {needsConfirm ? (
        <p className="form-alert" role="alert">
          Please tick the box to confirm.
        </p>
      ) : null}
      <div className="field">
        <label>
          <input type="checkbox" name="confirm" value="yes" required /> I understand this cannot be undone
        </label>
      </div>
      <button type="submit" className="button button--danger">
        Erase my data
      </button>
    </form>
  );
}
