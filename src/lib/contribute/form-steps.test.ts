import { describe, expect, test } from 'vitest';
import { formModel } from './form-model.ts';
import { formSteps, stepTitles } from './form-steps.ts';

const keysOf = (collection: string) => formModel(collection).map((n) => n.key);

describe('formSteps', () => {
	test('a salon: one topic a step, in the order a volunteer knows things, then 確かめる and 送る', () => {
		const steps = formSteps(keysOf('salons'));
		expect(stepTitles(steps)).toEqual(['何の情報か', '名前', 'いつ', 'どこ', '連絡先', '費用・対象・持ち物', '確かめる', '送る']);
		expect(steps.find((s) => s.id === 'when')!.keys).toEqual(['schedule']);
		expect(steps.find((s) => s.id === 'name')!.keys).toEqual(['name', 'yomi']);
		expect(steps.find((s) => s.id === 'where')!.keys).toEqual(['area', 'place']);
		// Fields no topic names (the confirmation date, the status) go to the last step.
		expect(steps.at(-1)!.keys).toEqual(expect.arrayContaining(['cost', 'bring', 'last_confirmed', 'status']));
	});
	test('every field is in exactly one step, for every kind', () => {
		for (const collection of ['salons', 'resources', 'volunteers', 'reports', 'localIssues']) {
			const keys = keysOf(collection);
			const inSteps = formSteps(keys).flatMap((s) => s.keys);
			expect(inSteps.sort(), collection).toEqual([...keys].sort());
		}
	});
	test('a topic with no field is left out, and a last step without cost or target is 「そのほか」', () => {
		const steps = formSteps(keysOf('reports'));
		expect(steps.map((s) => s.title)).toEqual(['名前', 'いつ', 'どこ', 'そのほか']);
		expect(steps.at(-1)!.keys).toEqual(expect.arrayContaining(['agenda', 'decisions']));
	});
	test('an empty form still has its last step (the body and the button to check are there)', () => {
		expect(formSteps([])).toEqual([{ id: 'details', title: 'そのほか', keys: [] }]);
	});
});
