// Preloaded into the server processes the live tests start (node --require): every outgoing
// connection, name lookup or fetch to anything but this machine is printed as an EGRESS line,
// so a test can check that the server talks to no one but its clients (and a local Redis).
'use strict';
const net = require('node:net');
const dns = require('node:dns');

const local = (host) => host === undefined || host === null || /^(127\.|::1$|::ffff:127\.|localhost$|unix:)/.test(String(host));
const report = (what) => process.stderr.write(`EGRESS ${what}\n`);

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  let o = args[0];
  if (Array.isArray(o)) o = o[0];
  let host;
  let port;
  if (o && typeof o === 'object') {
    host = o.path ? `unix:${o.path}` : o.host;
    port = o.port;
  } else {
    port = o;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (!local(host)) report(`${host}:${port}`);
  return connect.apply(this, args);
};

const lookup = dns.lookup;
dns.lookup = function (name, ...rest) {
  if (!local(name)) report(`lookup ${name}`);
  return lookup.call(this, name, ...rest);
};

if (typeof globalThis.fetch === 'function') {
  const f = globalThis.fetch;
  globalThis.fetch = function (input, init) {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    if (!local(url.hostname)) report(`fetch ${url.href}`);
    return f.call(this, input, init);
  };
}
