/** Bad input: the message is shown and the command exits 1 without writing anything. */
export class InputError extends Error {}
