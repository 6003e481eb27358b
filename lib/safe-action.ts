// Server actions are public endpoints: anyone can post anything to them, not only
// the forms we render. These wrappers are the first check of every action: its
// arguments are what a form sends (FormData, and for useActionState forms a
// previous state), or the action does nothing and says so.

const UNREADABLE = "This form could not be read. Please reload the page and try again.";

/** An action a plain <form action> calls: anything but FormData is ignored. */
export function formAction(handler: (form: FormData) => Promise<void>): (form: FormData) => Promise<void> {
  return async (form) => {
    if (!(form instanceof FormData)) return;
    return handler(form);
  };
}

/**
 * An action a useActionState form calls. The previous state comes from the
 * client too, so only a plain object is passed on (an empty one otherwise).
 */
export function stateAction<State extends object, Result extends { message?: string }>(
  handler: (previous: State, form: FormData) => Promise<Result>,
): (previous: State, form: FormData) => Promise<Result> {
  return async (previous, form) => {
    if (!(form instanceof FormData)) return { message: UNREADABLE } as Result;
    const state = previous !== null && typeof previous === "object" && !Array.isArray(previous) ? previous : ({} as State);
    return handler(state, form);
  };
}
