// The baseline of `npm run bench:server`: a bare `ws` server doing the same
// channel fan-out as the community server, in the same frames, without
// login, storage or any check. What the community server costs on top of
// it is its price for authentication, persistence and ordering.
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { clientFrameCodec, serverFrameCodec } from '../src/wire/index.js';

const sockets = new Set<WebSocket>();
let seq = 0n;
const server = new WebSocketServer({
  host: '127.0.0.1',
  port: 0,
  path: '/v1/ws',
  perMessageDeflate: false,
});
server.on('connection', (ws) => {
  ws.on('message', (data: Buffer) => {
    const f = clientFrameCodec.decode(
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    );
    if (f.frame.case === 'authenticate') {
      // Held connections ("hold") stay outside the channel, as on the community server.
      if (f.frame.value.accessToken !== 'hold') sockets.add(ws);
      ws.send(
        serverFrameCodec.encode({
          frame: {
            case: 'ready',
            value: {
              device: { uuid: '1'.repeat(50), deviceId: new Uint8Array(16) },
              serverTimeMs: BigInt(Date.now()),
              heartbeatMs: 30_000,
              maxMessageBytes: 262_144,
            },
          },
        }),
      );
    } else if (f.frame.case === 'channelSend') {
      seq++;
      ws.send(
        serverFrameCodec.encode({
          frame: { case: 'result', value: { requestId: f.requestId, seq } },
        }),
      );
      const out = serverFrameCodec.encode({
        frame: {
          case: 'channelMessage',
          value: {
            channelId: f.frame.value.channelId,
            seq,
            sender: { uuid: '1'.repeat(50), deviceId: new Uint8Array(16) },
            ciphertext: f.frame.value.ciphertext,
            sentAtMs: BigInt(Date.now()),
            // Passed through unsigned: the anchor stores and signs nothing.
            frankingTag: f.frame.value.frankingTag,
            attestation: new Uint8Array(64),
          },
        },
      });
      for (const other of sockets) if (other !== ws) other.send(out);
    }
  });
  ws.on('close', () => sockets.delete(ws));
});
server.on('listening', () => {
  const { port } = server.address() as { port: number };
  process.stdout.write(`baseline listening on http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
