import { describe, expect, it } from 'vitest'
import { scanText, type SecretScanOptions } from './scan-text'
import { scanSources } from './scan-sources'

const SECRETS_ONLY: SecretScanOptions = { emails: false, phones: false }
const EVERYTHING: SecretScanOptions = { emails: true, phones: true, phoneCountry: 'GB' }

// Planted secrets, built from parts so this file is not itself flagged by secret scanners.
const AWS_KEY_ID = 'AKIA' + 'QYLPMN5HHHFPZAM2'
const AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'K9xR2mT4Lq'
const GITHUB = 'ghp_' + 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'
const SLACK = 'xoxb-' + '123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'
const NPM = 'npm_' + 'ab12CD34ef56GH78ij90KL12mn34OP56qr78'
const JWT =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9' +
  '.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ' +
  '.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const AZURE_KEY = 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3A0NTY3ODkwMTI='
const PRIVATE_KEY = [
  '-----BEGIN RSA ' + 'PRIVATE KEY-----',
  'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun',
  'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK',
  '-----END RSA ' + 'PRIVATE KEY-----',
].join('\n')
const GCP_KEY_JSON = JSON.stringify({
  type: 'service_account',
  private_key_id: 'a1b2c3d4e5f6',
  private_key: PRIVATE_KEY,
})

function ruleAt(text: string, secret: string, options = SECRETS_ONLY) {
  const start = text.indexOf(secret)
  const hit = scanText(text, options).find((h) => h.start <= start && h.end >= start + 8)
  return hit
}

describe('scanText finds each family of planted secret', () => {
  it.each([
    ['AWS access key ID', `aws_access_key_id = ${AWS_KEY_ID}`, AWS_KEY_ID],
    ['AWS secret access key', `aws_secret_access_key = ${AWS_SECRET}`, AWS_SECRET],
    ['GitHub token', `token: ${GITHUB}`, GITHUB],
    ['Slack token', `SLACK_BOT_TOKEN=${SLACK}`, SLACK],
    ['npm token', `//registry/:_authToken=${NPM}`, NPM],
    ['JSON Web Token', `Authorization: Bearer ${JWT}`, JWT],
    [
      'Azure account key',
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${AZURE_KEY};EndpointSuffix=core.windows.net`,
      AZURE_KEY,
    ],
    ['Private key', `the deploy key:\n${PRIVATE_KEY}\n`, 'MIIEowIBAAKCAQEAu1SU'],
    [
      'Password in a URL',
      'clone https://deploy:S3cr3tPassw0rd@git.example.org/repo.git',
      'deploy:S3cr3t',
    ],
  ])('%s', (rule, text, secret) => {
    const hit = ruleAt(text, secret)
    expect(hit?.rule).toBe(rule)
  })

  it('a GCP service account key file', () => {
    const hits = scanText(GCP_KEY_JSON, SECRETS_ONLY)
    expect(hits.map((h) => h.rule)).toContain('GCP service account key')
  })

  it('e-mail addresses and phone numbers only when asked', () => {
    const text = 'On call: jane.doe@client.example, +44 20 7946 0958 or 020 7946 0123.'
    expect(scanText(text, SECRETS_ONLY)).toEqual([])
    const hits = scanText(text, EVERYTHING)
    expect(hits.map((h) => [h.rule, text.slice(h.start, h.end)])).toEqual([
      ['E-mail address', 'jane.doe@client.example'],
      ['Phone number', '+44 20 7946 0958'],
      ['Phone number', '020 7946 0123'],
    ])
  })

  it('without a country only international phone numbers are found', () => {
    const hits = scanText('call +1 415 555 2671 or 020 7946 0123', { emails: false, phones: true })
    expect(hits).toHaveLength(1)
    expect(hits[0]?.rule).toBe('Phone number')
  })
})

describe('scanText on clean text', () => {
  it('finds nothing in ordinary audit notes, even with every option', () => {
    const notes = [
      'Backups run nightly at 02:00 and are tested quarterly; the last restore test was 2026-03-14.',
      'MFA is enforced for all admin accounts (see policy IS-12, version 3.2).',
      'The firewall change log is reviewed weekly by the network team. Ticket CHG-20451.',
      'Passwords are rotated every 90 days; the vault is HashiCorp Vault 1.15.',
      'See https://intranet.example.org/policies/access-control for the access policy.',
    ].join('\n')
    expect(scanText(notes, EVERYTHING)).toEqual([])
  })
})

describe('a hit', () => {
  it('an AWS secret access key is covered to its last character', () => {
    const text = `aws_secret_access_key = ${AWS_SECRET}\nregion = eu-west-1`
    const [hit] = scanText(text, SECRETS_ONLY)
    expect(hit?.end).toBe(text.indexOf(AWS_SECRET) + AWS_SECRET.length)
  })

  it('gives the range of the secret and an excerpt that does not show it', () => {
    const text = `config:\n  github_token: ${GITHUB}\n  retries: 3`
    const [hit] = scanText(text, SECRETS_ONLY)
    expect(hit).toBeDefined()
    expect(text.slice(hit!.start, hit!.end)).toBe(GITHUB)
    expect(hit!.excerpt).not.toContain(GITHUB.slice(0, 8))
    expect(hit!.excerpt).toContain('ghp_')
    expect(hit!.excerpt).toContain('█')
  })

  it('overlapping findings of two rules are one hit', () => {
    const hits = scanText(GCP_KEY_JSON, SECRETS_ONLY)
    for (let i = 1; i < hits.length; i++)
      expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end)
  })
})

describe('scanSources', () => {
  it('returns only the sources with hits, by id', () => {
    const result = scanSources(
      [
        { id: 'clean', text: 'nothing here' },
        { id: 'notes', text: `token ${GITHUB}` },
      ],
      SECRETS_ONLY,
    )
    expect(result.map((r) => r.id)).toEqual(['notes'])
  })
})
