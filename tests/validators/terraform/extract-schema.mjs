/**
 * One-off extractor of `aws-provider-schema.json`: the arguments and nested blocks of the
 * resource and data-source types the Terraform artifacts use, read from the generated
 * definitions of `@cdktf/provider-aws` (HashiCorp's bindings, generated from the provider's
 * own schema). Not a dependency (the package is about 37 MB); run it by hand after
 *   cd /tmp && npm pack @cdktf/provider-aws && tar xzf cdktf-provider-aws-*.tgz
 * with `node tests/validators/terraform/extract-schema.mjs /tmp/package`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2] ?? '/tmp/package';
const TYPES = {
  resource: {
    aws_iam_policy: 'iam-policy',
    aws_iam_role: 'iam-role',
    aws_iam_role_policy_attachment: 'iam-role-policy-attachment',
    aws_eks_access_entry: 'eks-access-entry',
  },
  data: {
    aws_iam_policy_document: 'data-aws-iam-policy-document',
    aws_partition: 'data-aws-partition',
    aws_region: 'data-aws-region',
    aws_caller_identity: 'data-aws-caller-identity',
  },
  provider: { aws: 'provider' },
};

/** The `attrs = { … }` object literal after `start` (brace-matched). */
function attrsAfter(src, start) {
  const open = src.indexOf('const attrs = {', start);
  if (open < 0) throw new Error('no attrs');
  let depth = 0;
  for (let i = src.indexOf('{', open); i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(open, i + 1);
  }
  throw new Error('unbalanced');
}

function schemaOf(src, attrs) {
  const out = { attributes: {}, blocks: {} };
  const re = /\n {8,}([a-z_0-9]+): \{\s*value: ([^\n]*),\s*isBlock: (true|false),\s*type: "([^"]+)",\s*storageClassType: "([^"]+)"/g;
  for (const m of attrs.matchAll(re)) {
    const [, key, value, isBlock, type, storage] = m;
    if (isBlock === 'true') {
      const fn = /([A-Za-z0-9]+ToHclTerraform)\b/.exec(value.replace(/cdktf\.\w+ToHclTerraform/g, ''))?.[1];
      if (!fn) throw new Error(`no struct function for ${key}`);
      const at = src.indexOf(`function ${fn}(struct)`);
      out.blocks[key] = { nesting: type, ...schemaOf(src, attrsAfter(src, at)) };
    } else {
      out.attributes[key] = storage;
    }
  }
  return out;
}

const result = {
  source: '@cdktf/provider-aws (npm), lib/<type>/index.js synthesizeHclAttributes(): generated from the provider schema',
  package: '',
  providerVersion: '',
  resource: {},
  data: {},
  provider: {},
};
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
result.package = `${pkg.name}@${pkg.version}`;
for (const [kind, types] of Object.entries(TYPES)) {
  for (const [type, dir] of Object.entries(types)) {
    const src = readFileSync(join(root, 'lib', dir, 'index.js'), 'utf8');
    if (kind === 'provider') result.providerVersion = /providerVersion: '([^']+)'/.exec(src)?.[1] ?? '';
    const at = src.indexOf('synthesizeHclAttributes() {');
    result[kind][type] = schemaOf(src, attrsAfter(src, at));
  }
}
writeFileSync(new URL('./aws-provider-schema.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
