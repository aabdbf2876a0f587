/**
 * What a consultant reads for each kind of hit. secretlint's own messages quote the secret, so the
 * words are ours, keyed by secretlint's rule id (and message id where one rule finds several kinds).
 */
const BY_MESSAGE: Record<string, string> = {
  AWSAccessKeyID: 'AWS access key ID',
  AWSSecretAccessKey: 'AWS secret access key',
  AWSAccountID: 'AWS account ID',
  PrivateKeyJSON: 'GCP service account key',
  BasicAuth: 'Password in a URL',
}

const BY_RULE: Record<string, string> = {
  aws: 'AWS key',
  gcp: 'GCP key',
  privatekey: 'Private key',
  npm: 'npm token',
  basicauth: 'Password in a URL',
  slack: 'Slack token',
  sendgrid: 'SendGrid API key',
  shopify: 'Shopify token',
  stripe: 'Stripe key',
  github: 'GitHub token',
  gitlab: 'GitLab token',
  grafana: 'Grafana token',
  openai: 'OpenAI API key',
  anthropic: 'Anthropic API key',
  groq: 'Groq API key',
  huggingface: 'Hugging Face token',
  linear: 'Linear API key',
  notion: 'Notion token',
  '1password': '1Password token',
  'database-connection-string': 'Password in a database connection string',
  'hashicorp-vault': 'HashiCorp Vault token',
  vercel: 'Vercel token',
  databricks: 'Databricks token',
  docker: 'Docker Hub token',
  figma: 'Figma token',
  cloudflare: 'Cloudflare token',
  tailscale: 'Tailscale key',
}

const RULE_PREFIX = '@secretlint/secretlint-rule-'

/** "AWS access key ID" for `@secretlint/secretlint-rule-aws` / `AWSAccessKeyID`. */
export function secretlintRuleName(ruleId: string, messageId: string): string {
  const short = ruleId.startsWith(RULE_PREFIX) ? ruleId.slice(RULE_PREFIX.length) : ruleId
  return BY_MESSAGE[messageId] ?? BY_RULE[short] ?? `Secret (${short})`
}
