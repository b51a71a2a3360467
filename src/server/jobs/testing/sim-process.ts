// Test-only: the simulator in a process of its own (crash and multi-instance tests), with its
// accounting of accepted renders exposed. SIM_LATE_EXPORT_MS makes every export answer late.
import { buildSimulator } from '../../simulator/app';

const late = Number(process.env.SIM_LATE_EXPORT_MS ?? 0);
const sim = buildSimulator({
  appId: 'crash-app',
  userKey: 'crash-user-key',
  renderMs: Number(process.env.SIM_RENDER_MS ?? 2000),
  failureRate: 0,
  latencyMs: 0,
  errorRate: 0,
  exposeAccounting: true,
  ...(process.env.SIM_STALL_AT ? { stallAt: Number(process.env.SIM_STALL_AT) } : {}),
});
if (late > 0)
  sim.app.addHook('onRequest', async (request) => {
    if (request.url === '/api/odin/v3/editor/project/export')
      request.headers['x-sim-fault'] = `late@${late}`;
  });
const url = await sim.app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
console.log(`SIM_URL=${url}`);
process.on('SIGTERM', () => void sim.app.close().then(() => process.exit(0)));
