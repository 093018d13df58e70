#!/usr/bin/env node
// The directory chat: `node main.ts --directory URL --name NAME`. Type
// /search, /join N, /channel NAME, then talk; /quit ends.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createDevice, memoryStorage } from '@nexuslink/sdk';
import { DirectoryChat } from './app.ts';

const { values } = parseArgs({
  options: {
    directory: { type: 'string', default: 'http://127.0.0.1:8440' },
    name: { type: 'string', default: 'guest' },
  },
});

// A new identity for the run (a real app keeps it: see `openDevice`).
const storage = memoryStorage();
const { device } = await createDevice({ storage, displayName: values.name });
const print = (line: string) => process.stdout.write(`${line}\n`);
const chat = new DirectoryChat({ directoryUrl: values.directory, device, storage, print });
print(`You are ${values.name} (${device.uuid}), browsing ${values.directory}.`);
chat.help();

const lines = createInterface({ input: process.stdin, terminal: false });
let work = Promise.resolve();
let quitting = false;
const quit = async () => {
  if (quitting) return;
  quitting = true;
  await work;
  await chat.leave();
  print('Bye.');
  process.exit(0);
};
lines.on('line', (line) => {
  if (line.trim() === '/quit') return void quit();
  work = work.then(() => chat.handle(line));
});
lines.on('close', () => void quit());
