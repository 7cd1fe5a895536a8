'use strict';
// An OIDC issuer of the tests' own: an RSA key pair made with node:crypto, its public half written as a JWKS file
// the registry reads (REGISTRY_AUTH_OIDC_JWKS_LOCATION), and RS256 tokens signed with the private half.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ISSUER = 'https://issuer.test/realms/js';
const AUDIENCE = 'contract-registry';
const KID = 'js-test-key';

function createIssuer(dir) {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: KID, alg: 'RS256', use: 'sig' };
  const jwksFile = path.join(dir, 'jwks.json');
  fs.writeFileSync(jwksFile, JSON.stringify({ keys: [jwk] }));
  const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
  return {
    env: {
      REGISTRY_AUTH_OIDC_ISSUER: ISSUER,
      REGISTRY_AUTH_OIDC_AUDIENCE: AUDIENCE,
      REGISTRY_AUTH_OIDC_JWKS_LOCATION: jwksFile,
    },
    /** A token for `sub` with registry `roles` and `team`, valid for an hour. */
    token(sub, roles, team) {
      const now = Math.floor(Date.now() / 1000);
      const claims = { iss: ISSUER, aud: AUDIENCE, sub, roles, team, iat: now, exp: now + 3600 };
      const signingInput = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
      const signature = crypto.sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url');
      return `${signingInput}.${signature}`;
    },
  };
}

module.exports = { createIssuer };
