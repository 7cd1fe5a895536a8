'use strict';
// Starts the packaged registry-service (quarkus-run.jar) on a free loopback port with a throw-away H2 database,
// waits until /q/health/ready answers 200, and stops it afterwards. REGISTRY_URL points the tests at a service that
// is already running instead (then nothing is started or stopped); REGISTRY_JAR another jar.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const DEFAULT_JAR = path.resolve(__dirname, '../../../../registry-service/target/quarkus-app/quarkus-run.jar');
const READY_TIMEOUT_MS = Number(process.env.REGISTRY_READY_TIMEOUT_MS || 120000);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url, child, logFile) {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`registry-service exited with ${child.exitCode} before it was ready; log:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/q/health/ready`);
      if (res.status === 200) return;
    } catch (_) { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`registry-service not ready within ${READY_TIMEOUT_MS} ms; log:\n${tail(logFile)}`);
}

function tail(file) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
  } catch (_) {
    return '(no log)';
  }
}

function h2Environment(dir) {
  const env = { ...process.env };
  delete env.REGISTRY_DB_URL; // a PostgreSQL URL in the caller's environment would switch the store
  env.REGISTRY_DB_KIND = 'h2';
  env.REGISTRY_SHUTDOWN_DELAY = '0s'; // no load balancer to drain in front of a test instance
  env.REGISTRY_H2_URL = `jdbc:h2:file:${path.join(dir, 'registry')};DB_CLOSE_ON_EXIT=FALSE`;
  return env;
}

/** Starts the service (with `env` added to its environment); resolves to { url, stop() }. */
async function startRegistry(env = {}) {
  if (process.env.REGISTRY_URL && Object.keys(env).length === 0) {
    return { url: process.env.REGISTRY_URL.replace(/\/$/, ''), stop: async () => {} };
  }
  const jar = process.env.REGISTRY_JAR || DEFAULT_JAR;
  if (!fs.existsSync(jar)) {
    throw new Error(`${jar} is missing: package the service first (mvn -B -pl registry-service -am package -DskipTests)`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'registry-js-clients-'));
  const port = await freePort();
  const logFile = path.join(dir, 'registry.log');
  const log = fs.openSync(logFile, 'w');
  // REGISTRY_JAVA_OPTS: extra JVM options (space-separated), e.g. for a debugger or a profiler.
  const javaOpts = (process.env.REGISTRY_JAVA_OPTS || '').split(/\s+/).filter(Boolean);
  // app-cds.jsa: the class-data-sharing archive `mvn package` records beside the jar (faster start).
  const archive = `-XX:SharedArchiveFile=${path.join(path.dirname(path.resolve(jar)), 'app-cds.jsa')}`;
  const args = ['-Xmx512m', archive, ...javaOpts, `-Dquarkus.http.port=${port}`, '-Dquarkus.http.host=127.0.0.1', '-jar', jar];
  const child = spawn('java', args, {
    cwd: dir,
    env: { ...h2Environment(dir), ...env },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(log);
    if (!process.env.KEEP_REGISTRY_DIR) fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(url, child, logFile);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, stop };
}

module.exports = { startRegistry };
