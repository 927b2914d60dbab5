/**
 * The issue forms (.github/ISSUE_TEMPLATE/*.yml) offer the town's real areas: the `area` field of each form is
 * a dropdown of the 第2層 areas in content/areas/ (plus 「わからない」), under the town's word for them. npm run
 * issue-forms writes them; npm run check warns when they and the areas have drifted apart. Pure: YAML text in,
 * YAML text out, comments kept.
 */
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

export interface FormArea {
	name: string;
}

export const UNKNOWN_AREA = 'わからない・ほかの地域';

/** The form with its `area` field made a dropdown of these areas; unchanged when the form has no `area` field. */
export function withAreaDropdown(form: string, areas: readonly FormArea[], word: string): string {
	const doc = parseDocument(form);
	const body = doc.get('body');
	if (!isSeq(body)) return form;
	const index = body.items.findIndex((item) => isMap(item) && item.get('id') === 'area');
	if (index === -1) return form;
	const old = body.items[index] as YAMLMap;
	const required = isMap(old.get('validations')) ? (old.get('validations') as YAMLMap).get('required') === true : true;
	body.items[index] = doc.createNode({
		type: 'dropdown',
		id: 'area',
		attributes: {
			label: word,
			description: `お住まいの${word}、または活動している${word}を選んでください（このリストは npm run issue-forms が content/areas/ から作ります）`,
			options: [...areas.map((a) => a.name), UNKNOWN_AREA],
		},
		validations: { required },
	});
	return doc.toString({ lineWidth: 0 });
}
