// Injected by the page build wherever the app's code uses the global `Buffer`, as Node provides it.
export { Buffer } from './node-buffer';
