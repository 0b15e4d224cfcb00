// `--profile`: where ssot-core's time goes on the benchmark workspace. A CPU profile of a (b)
// child (`node --cpu-prof`), summarised by module and function, and the stage timings of
// measure.mjs `stages`. The raw .cpuprofile stays in dist/bench/profiles for Chrome DevTools.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarizeProfile } from '../summarize-profile.mjs';
import { runChild } from './children.mjs';
import { profileNxTask } from './profile-nx-task.mjs';
import { readProjects } from './workspace-files.mjs';

export function profileAnalysis(workspace, core, outDir, { nx = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const profiled = runChild('ssot', workspace, { core, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${outDir}`, '--cpu-prof-name=ssot-b.cpuprofile'] });
  if (!profiled.ok) return { why: `profiling failed: ${profiled.why}` };
  const file = readdirSync(outDir).find((name) => name.endsWith('.cpuprofile'));
  const summary = summarizeProfile(JSON.parse(readFileSync(join(outDir, file), 'utf8')), 30);
  const stages = runChild('stages', workspace, { core });
  const project = readProjects(workspace).find((p) => p.name.startsWith('lib-'))?.name;
  const nxTask = nx && project ? profileNxTask(workspace, project, outDir) : { unavailable: 'Nx not measured' };
  const result = { profile: `dist/bench/profiles/${file}`, ...summary, stages: stages.ok ? stages.check : { unavailable: stages.why }, nxTask };
  const summaryFile = join(outDir, 'summary.json');
  writeFileSync(summaryFile, `${JSON.stringify(result, null, 2)}\n`);
  printSummary(result);
  return { summaryFile: 'dist/bench/profiles/summary.json', modules: summary.modules.slice(0, 12), functions: summary.functions.slice(0, 15), stages: result.stages, nxTask };
}

function printSummary(result) {
  console.log(`\n(b) CPU profile: ${result.totalMs} ms sampled; self time by module:`);
  for (const m of result.modules.slice(0, 12)) console.log(`  ${String(m.ms).padStart(8)} ms ${String(m.share).padStart(5)} %  ${m.module}`);
  console.log('top functions:');
  for (const f of result.functions.slice(0, 15)) console.log(`  ${String(f.ms).padStart(8)} ms ${String(f.share).padStart(5)} %  ${f.fn}`);
  if (result.stages.unavailable) console.log(`stages: not available: ${result.stages.unavailable}`);
  else console.log(`stages (ms): ${JSON.stringify(result.stages.pipeline)}\nisolated passes (ms, warm): ${JSON.stringify(result.stages.isolated)}`);
  if (result.nxTask.unavailable) console.log(`nx task profile: not available: ${result.nxTask.unavailable}`);
  else {
    console.log(`one nx task (nx run ${result.nxTask.project}:ssot-check): ${result.nxTask.nxWallMs} ms wall, ${result.nxTask.processes} Node processes (${result.nxTask.processMs.join(', ')} ms); the task process, inclusive ms:`);
    for (const [label, ms] of Object.entries(result.nxTask.taskProcess)) console.log(`  ${String(ms).padStart(8)}  ${label}`);
  }
}
