/**
 * Where a command reads its settings and writes what it says: process.env, the working folder and the console
 * for a coordinator; a test's own town and strings when a test runs the command in its own process (starting a
 * process per call cost the suite about half a CPU-second each, most of it loading the same modules again).
 */
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
