/**
 * How the form page (src/pages/send/) talks to a field that is more than one input: the schedule builder, the
 * place on the map. The generic form code finds a widget by its root element's `data-type`, and calls:
 *   setup  once, when the page starts (wire events; call `changed` whenever the value may have changed);
 *   read   to get the value as the entry file will hold it (plain data, the shape the zod schema parses), or
 *          undefined when nothing was filled in;
 *   write  to fill the widget with a value from an existing entry (the raw front matter, unknown shape: keep
 *          what the widget cannot show, so a fix never loses a field);
 *   errorAt (optional) the element that shows a message for a zod issue at `path` (relative to the widget's
 *          field, e.g. ['rules', 0, 'weekdays']), so the message sits beside the input it is about.
 * The root element is the field's wrapper: <div class="form-field" data-field="schedule" data-type="schedule">.
 */
export interface Widget {
	setup(root: HTMLElement, changed: () => void): void;
	read(root: HTMLElement): unknown;
	write(root: HTMLElement, value: unknown): void;
	errorAt?(root: HTMLElement, path: readonly PropertyKey[]): { control: HTMLElement; message: HTMLElement } | undefined;
}
