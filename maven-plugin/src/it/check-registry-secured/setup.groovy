import java.security.KeyPairGenerator
import java.security.Signature
import groovy.json.JsonOutput

// An OIDC issuer of the IT's own: an RSA key pair, its public half as a JWKS file, one token signed with the other.
def keys = KeyPairGenerator.getInstance('RSA').with { initialize(2048); generateKeyPair() }
def b64 = { byte[] bytes -> Base64.urlEncoder.withoutPadding().encodeToString(bytes) }
def unsigned = { BigInteger n -> def bytes = n.toByteArray(); bytes[0] == 0 ? bytes[1..-1] as byte[] : bytes }
def jwks = new File(basedir, 'jwks.json')
jwks.text = JsonOutput.toJson([keys: [[kty: 'RSA', kid: 'it-key', alg: 'RS256', use: 'sig',
        n: b64(unsigned(keys.public.modulus)), e: b64(unsigned(keys.public.publicExponent))]]])
long now = System.currentTimeMillis().intdiv(1000)
def input = b64(JsonOutput.toJson([alg: 'RS256', typ: 'JWT', kid: 'it-key']).getBytes('UTF-8')) + '.' +
        b64(JsonOutput.toJson([iss: 'https://issuer.it', aud: 'contract-registry', sub: 'ci-pipeline',
                roles: ['reader'], iat: now, exp: now + 3600]).getBytes('UTF-8'))
def signer = Signature.getInstance('SHA256withRSA')
signer.initSign(keys.private)
signer.update(input.getBytes('UTF-8'))
def token = input + '.' + b64(signer.sign())

def registry = evaluate(new File(supportDir, 'RegistryHelper.groovy'))
registry.env = [REGISTRY_AUTH_ADMIN_PASSWORD: 'it-admin-secret', REGISTRY_AUTH_OIDC_ISSUER: 'https://issuer.it',
                REGISTRY_AUTH_OIDC_AUDIENCE: 'contract-registry', REGISTRY_AUTH_OIDC_JWKS_LOCATION: jwks.absolutePath]
registry.start()
new File(basedir, '.mvn/maven.config') << "-DbearerToken=${token}\n"
registry.auth = 'Basic ' + Base64.encoder.encodeToString('admin:it-admin-secret'.getBytes('UTF-8'))
registry.call('PUT', '/api/v1/security/users/ci-reader', [password: 'ci-reader-password', role: 'reader'],
        'application/json')
registry.call('POST', '/subjects/orders-value/versions',
        [schema: '{"type":"record","name":"Order","namespace":"acme","fields":[{"name":"id","type":"string"}]}'])
return true
