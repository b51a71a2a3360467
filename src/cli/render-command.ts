import { resolve } from 'node:path';
import { build } from '../domain/build';
import { variableNames } from '../domain/merge/variables';
import { validateRequest } from '../domain/preflight/index';
import { projectSeconds, formatSeconds } from '../domain/speech';
import { videoFileName } from '../merge/manifest';
import { loadProject } from './inputs';
import { EXIT, type CliIo } from './io';
import { sendResumably } from './resumable-run';
import { connect } from './server-link';

export interface RenderFlags {
  out: string;
  server?: string;
  dryRun?: boolean;
  renderAgain?: boolean;
  pollMs: number;
}

/** `scenewright render project.json`: one export, checked first, its video downloaded. */
export async function renderCommand(
  projectPath: string,
  flags: RenderFlags,
  io: CliIo,
): Promise<number> {
  const { project } = loadProject(projectPath, io);
  const variables = variableNames(project);
  if (variables.length) {
    io.err(
      `The project uses ${variables.map((v) => `{{${v}}}`).join(', ')}; fill them from data with \`scenewright merge ${projectPath} rows.csv\`. Nothing was sent.`,
    );
    return EXIT.nothingSent;
  }
  const { request, issues } = validateRequest(build(project));
  for (const issue of issues)
    io.out(`${issue.severity === 'error' ? 'ERROR  ' : 'warning'} ${issue.message}`);
  if (!request || issues.some((i) => i.severity === 'error')) {
    io.err('Nothing was sent: fix the errors above.');
    return EXIT.nothingSent;
  }
  io.out(`About ${formatSeconds(projectSeconds(project))} of video.`);
  const link = await connect(flags, io);
  try {
    const outDir = resolve(io.cwd, flags.out);
    const file = videoFileName(1, request.name);
    const { state, downloaded } = await sendResumably({
      link,
      dryRun: flags.dryRun,
      renderAgain: flags.renderAgain,
      items: [{ rowNumber: 1, request, file }],
      outDir,
      concurrency: 1,
      pollMs: flags.pollMs,
      io,
    });
    const row = state.rows[0];
    if (row?.status !== 'done' || !downloaded.has(1)) return EXIT.someFailed;
    io.out(`Video: ${resolve(outDir, file)} (job ${row.jobId}, project ${row.projectId})`);
    return EXIT.allDone;
  } finally {
    await link.close();
  }
}
