/**
 * `GET /v1/ws`: the WebSocket (spec/community.md §5), handed to the hub.
 * It logs in with its first frame, so it has no HTTP login; the hub bounds
 * frames itself, so the HTTP rate limit does not count it.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../http/context.ts';

/** The WebSocket endpoint; refused once a shutdown began. */
export const websocketRoutes: FastifyPluginAsync<
  Pick<RouteContext, 'hub' | 'shuttingDown'>
> = async (app, { hub, shuttingDown }) => {
  app.get('/v1/ws', { websocket: true, config: { rateLimit: false } }, (socket, req) => {
    if (shuttingDown()) {
      socket.close(1001, 'shutting down');
      return;
    }
    hub.accept(socket, req.ip);
  });
};
