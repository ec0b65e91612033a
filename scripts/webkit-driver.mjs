// WebKit for the browser tests, from Debian's packages only: WebKitGTK's MiniBrowser, driven by
// WebKitWebDriver (package webkit2gtk-driver) on a virtual display (package xvfb).
//
// Why it is done this way (tried on Debian 12, WebKitGTK 2.50):
// - MiniBrowser has no headless mode and hangs without a display, so one Xvfb is started for the run
//   (it picks a free display number itself, so parallel runs on one machine do not collide).
// - One WebKitWebDriver holds one session, so every launcher (one per test group) starts its own
//   driver; a group that needs another time zone gets a driver (and so a MiniBrowser) with that TZ.
// - @web/test-runner-webdriver runs files in iframes unless the run's concurrency is 1, and WebKit
//   refuses keys and mouse actions inside them: this launcher always runs one file at a time.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
];

const INSTALL_HINT = 'apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth';

/** Every process this module started, so that none outlives the test run. */
const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** @returns {{ miniBrowser: string, driver: string }} paths of WebKitGTK's MiniBrowser and WebKitWebDriver */
export function findWebKit() {
  const miniBrowser = process.env.WEBKIT_MINIBROWSER_PATH ?? MINIBROWSER_CANDIDATES.find((path) => existsSync(path));
  const driver = spawnSync('sh', ['-c', 'command -v WebKitWebDriver'], { encoding: 'utf8' }).stdout.trim();
  if (!miniBrowser || !existsSync(miniBrowser) || !driver) {
    throw new Error(`WebKit tests need WebKitGTK's MiniBrowser and WebKitWebDriver: \`${INSTALL_HINT}\` (Debian/Ubuntu).`);
  }
  return { miniBrowser, driver };
}

/** @returns {Promise<number>} a TCP port on 127.0.0.1 that nothing listens on right now */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

let display;
let displayUsers = 0;

/**
 * Starts one Xvfb for the whole run (or reuses it); `-displayfd` makes Xvfb choose a free display.
 * @returns {Promise<string>} the DISPLAY value, such as ":1"
 */
function startDisplay() {
  displayUsers += 1;
  display ??= new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.add(xvfb);
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    xvfb.stdio[3].on('data', (chunk) => resolve({ process: xvfb, name: `:${String(chunk).trim()}` }));
    xvfb.once('error', (error) => reject(new Error(`Could not start Xvfb (${error.message}): \`${INSTALL_HINT}\`.`)));
    xvfb.once('exit', (code) => {
      children.delete(xvfb);
      reject(new Error(`Xvfb stopped (exit ${code}): ${stderr.trim()}`));
    });
  });
  return display.then((d) => d.name);
}

async function stopDisplay() {
  displayUsers -= 1;
  if (displayUsers > 0 || !display) return;
  const { process: xvfb } = await display;
  display = undefined;
  xvfb.kill('SIGTERM');
}

/**
 * Starts WebKitWebDriver and waits until it answers `/status`.
 * @param {{ driver: string, port: number, env: Record<string, string> }} options
 * @returns {Promise<import('node:child_process').ChildProcess>}
 */
async function startDriver({ driver, port, env }) {
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver on port ${port} stopped: ${stderr.trim()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`WebKitWebDriver on port ${port} did not answer within 10 s: ${stderr.trim()}`);
}

let nextFixedPort = process.env.WEBKIT_DRIVER_PORT ? Number(process.env.WEBKIT_DRIVER_PORT) : undefined;

/**
 * A web-test-runner launcher for WebKitGTK (its MiniBrowser), one file at a time.
 * Limits of this harness, not of WebKit: it cannot hold a key down (sendKeys `down`/`up`) and cannot set
 * the viewport; MiniBrowser's window is at least 447 px wide.
 * Ports: WEBKIT_DRIVER_PORT=N gives the drivers N, N+1, … (one per launcher); otherwise free ports.
 * @param {{ env?: Record<string, string> }} [options] extra environment for the browser, such as `{ TZ }`
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
export function webkitLauncher({ env = {} } = {}) {
  const { miniBrowser, driver } = findWebKit();
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port: 0, // set once the driver runs
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for a BiDi session, which WebKitWebDriver answers with
      // "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
  launcher.concurrency = 1;
  let driverProcess;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    const port = nextFixedPort === undefined ? await freePort() : nextFixedPort++;
    const displayName = await startDisplay();
    driverProcess = await startDriver({ driver, port, env: { ...process.env, ...env, DISPLAY: displayName } });
    launcher.options.port = port;
    // The webdriver launcher runs files in iframes unless the whole run's concurrency is 1.
    await initialize({ ...config, concurrency: 1 }, testFiles);
    launcher.name = 'WebKit';
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    await stop();
    driverProcess?.kill('SIGTERM');
    driverProcess = undefined;
    await stopDisplay();
  };
  return launcher;
}
