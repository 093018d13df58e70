export { createDevice, DEVICE_RECORD_KEY, loadDevice, readSelfSigningKey } from './device.js';
export type { CreateDeviceOptions, CreatedDevice, LoadDeviceOptions } from './device.js';
