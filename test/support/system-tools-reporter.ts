/**
 * Says what a run skipped for want of a system tool (system-tools.ts): one
 * line per test file as it ends, `skipped: <file> needs <tool> (<install>)`,
 * and a short summary after vitest's own. Prints nothing when nothing was
 * skipped. It sits beside vitest's reporters in vitest.config.ts.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import {
  SYSTEM_TOOLS,
  detectSystemTools,
  installHint,
  needsLine,
  toolName,
} from './system-tools.js';
import type { SystemTool, SystemTools } from './system-tools.js';

interface Skipped {
  readonly file: string;
  readonly tools: SystemTool[];
  readonly tests: number;
}

export default class SystemToolsReporter implements Reporter {
  private vitest: Vitest | undefined;
  private readonly skipped: Skipped[] = [];
  private state: SystemTools | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestModuleEnd(testModule: TestModule): void {
    const tools = new Set<SystemTool>();
    let tests = 0;
    for (const test of testModule.children.allTests()) {
      const missing = test.meta().missingSystemTools;
      if (!missing || test.result().state !== 'skipped') continue;
      tests++;
      for (const t of missing) tools.add(t);
    }
    if (tests === 0) return;
    const skipped = { file: testModule.relativeModuleId, tools: [...tools], tests };
    this.skipped.push(skipped);
    // What the global setup found (test/global-setup.ts provides it).
    this.state ??= testModule.project.getProvidedContext().systemTools ?? detectSystemTools();
    this.log(`skipped: ${needsLine(skipped.file, skipped.tools, this.state)}`);
  }

  onTestRunEnd(): void {
    const state = this.state;
    if (this.skipped.length === 0 || !state) return;
    const tests = this.skipped.reduce((n, s) => n + s.tests, 0);
    const byTool = new Map<SystemTool, number>();
    for (const tool of SYSTEM_TOOLS) {
      const n = this.skipped.filter((s) => s.tools.includes(tool)).length;
      if (n) byTool.set(tool, n);
    }
    const files = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
    const lines = [
      '',
      `Skipped for missing system tools: ${tests} test${tests === 1 ? '' : 's'} in ${files(this.skipped.length)} ` +
        '(NEXUSLINK_REQUIRE_TOOLS=1 makes these failures)',
      ...[...byTool].map(
        ([tool, n]) => `  ${toolName(tool)}: ${files(n)} (${installHint([tool], state)})`,
      ),
      ...(byTool.size > 1 ? [`  all of them: ${installHint([...byTool.keys()], state)}`] : []),
    ];
    this.log(lines.join('\n'));
  }

  private log(text: string): void {
    if (this.vitest) this.vitest.logger.log(text);
    else console.log(text);
  }
}
