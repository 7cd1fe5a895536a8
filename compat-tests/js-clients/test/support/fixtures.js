'use strict';
// The .proto files shared by the Protobuf suites: order.proto imports acme/common.proto, which is registered under
// its own subject and referenced by that import path.
const fs = require('node:fs');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'fixtures');
const read = (name) => fs.readFileSync(path.join(dir, name), 'utf8');

const COMMON_PROTO = read('acme/common.proto');
const ORDER_PROTO = read('order.proto');
const COMMON_IMPORT = 'acme/common.proto';

/** order.proto with one more (compatible) field. */
const ORDER_PROTO_WITH_NOTE = ORDER_PROTO.replace('  repeated string items = 3;\n',
  '  repeated string items = 3;\n  string note = 4;\n');
/** order.proto with field 1 changed from string to int64: a wire-incompatible change. */
const ORDER_PROTO_ID_AS_INT = ORDER_PROTO.replace('string id = 1;', 'int64 id = 1;');

module.exports = { COMMON_PROTO, ORDER_PROTO, ORDER_PROTO_WITH_NOTE, ORDER_PROTO_ID_AS_INT, COMMON_IMPORT };
