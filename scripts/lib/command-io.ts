/**
 * Where a command reads its settings and writes what it says: process.env, the working folder and the console
 * for a coordinator; a test's own town and strings when a test runs the command in its own process (starting a
 * process per call cost the suite about half a CPU-second each, most of it loading the same modules again).
 */
import { createInterface } from 'node:readline';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandIo {
	env: Record<string, string | undefined>;
	cwd: string;
	out: (line: string) => void;
	err: (line: string) => void;
}

/** The command as a coordinator runs it. */
export const CONSOLE: CommandIo = {
	get env() {
		return process.env;
	},
	get cwd() {
		return process.cwd();
	},
	out: (line) => console.log(line),
	err: (line) => console.error(line),
};

/** A command that asks questions: also where it writes a question, and where the answers come from. */
export interface AskingIo extends CommandIo {
	/** A question, left on its line for the answer. */
	write: (text: string) => void;
	answers: AsyncIterator<string>;
}

/**
 * Runs an asking command on the io given, or on the terminal: questions on stdout, answers read line by line from
 * stdin (also when piped in), the input closed when the command ends.
 */
export async function asking(given: AskingIo | undefined, command: (io: AskingIo) => Promise<number>): Promise<number> {
	if (given) return command(given);
	let lines: ReturnType<typeof createInterface> | undefined;
	let iterator: AsyncIterator<string> | undefined;
	try {
		return await command({
			...CONSOLE,
			write: (text) => process.stdout.write(text),
			answers: {
				next: () => {
					lines ??= createInterface({ input: process.stdin });
					iterator ??= lines[Symbol.asyncIterator]();
					return iterator.next();
				},
			},
		});
	} finally {
		lines?.close();
	}
}

/** An answer accepted (its value) or not (what was wrong with it). */
export type Checked<T> = { ok: T } | { error: string };

/**
 * Asks until an answer is accepted, saying what was wrong with each one that was not; no answer left (the input
 * ended) refuses with `unanswered`.
 */
export async function askUntil<T>(io: AskingIo, question: string, check: (answer: string) => Checked<T>, unanswered: string): Promise<T> {
	for (;;) {
		io.write(question);
		const next = await io.answers.next();
		if (next.done) return refuse(unanswered);
		const result = check(String(next.value).trim());
		if ('ok' in result) return result.ok;
		io.out(`  ${result.error}`);
	}
}

/** A command's refusal (a wrong option, a missing file): its message is shown, exit code 1, nothing written. */
export class Refused extends Error {}

export function refuse(message: string): never {
	throw new Refused(message);
}

/** What was wrong with a command's options, in Japanese, naming the option as it was typed. */
export function optionProblem(error: { code?: string; message: string }): string {
	const named = /'(-{1,2}[^' <]+)/.exec(error.message)?.[1] ?? /'([^']+)'/.exec(error.message)?.[1];
	if (!named) return `オプションが読めません（${error.message}）。`;
	if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `「${named}」という指定はありません。`;
	if (error.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
		return `「${named}」は読めません（このコマンドはファイル名などをとりません）。`;
	if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return /does not take an argument/.test(error.message)
			? `「${named}」には値をつけません（「${named}」だけを書きます）。`
			: `「${named}」のあとに値を書いてください（例: ${named} 値）。`;
	return `「${named}」が読めません（${error.message}）。`;
}

/** The command's options read by parseArgs; options it cannot read are refused, in Japanese, with the command's help. */
export function readOptions<T extends ParseArgsConfig>(config: T, help: string): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		return refuse(`${optionProblem(error as { code?: string; message: string })}\n\n${help}`);
	}
}

/** Runs a command's body, a refusal ending it with its message on the error stream and exit code 1. */
export async function withRefusals(io: CommandIo, body: () => Promise<number>): Promise<number> {
	try {
		return await body();
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		io.err(error.message);
		return 1;
	}
}

/** What a command printed, and its exit code. */
export interface Said {
	status: number;
	stdout: string;
	stderr: string;
}

/**
 * For tests: runs a command in this process on the environment given (and in the folder given, the project's by
 * default), collecting each line it prints.
 */
export async function runCollected(
	env: Record<string, string>,
	command: (io: CommandIo & { write: (text: string) => void }) => Promise<number>,
	cwd = process.cwd(),
): Promise<Said> {
	const said = { stdout: '', stderr: '' };
	const status = await command({
		env,
		cwd,
		out: (line) => (said.stdout += `${line}\n`),
		err: (line) => (said.stderr += `${line}\n`),
		write: (text) => (said.stdout += text),
	});
	return { status, ...said };
}

/** For tests: runs a command that asks questions in this process, the lines of `input` typed as its answers. */
export function runAsking(env: Record<string, string>, command: (io: AskingIo) => Promise<number>, input = ''): Promise<Said> {
	const lines = input.split('\n');
	if (lines.at(-1) === '') lines.pop();
	const answers = (async function* () {
		yield* lines;
	})();
	return runCollected(env, (io) => command({ ...io, answers }));
}
