/**
 * `vendor-roles.auto.tfvars`: the value of the `external_id` variable of `vendor-roles.tf`
 * (and, while rotating, of `previous_external_id`), which deliberately have no default.
 * Terraform reads `*.auto.tfvars` files by itself, so `terraform plan` and `apply` need no flag. It holds the ExternalId, a secret, like the
 * CloudFormation parameters file.
 */
import type { GuideModel } from '../types.ts';
import { attr, hclText } from './hcl.ts';
import { TF_NAMES } from './terraform-roles.ts';

const HEADER = [
  'vendor-roles.auto.tfvars: the ExternalId for vendor-roles.tf (terraform plan and apply read this file by themselves).',
  'Secret: do not commit it (add *.auto.tfvars to .gitignore). Instead of this file you can set',
  'TF_VAR_external_id; every later plan and apply needs the value again.',
];

/** Builds `vendor-roles.auto.tfvars`; while rotating it also holds the ExternalId being replaced. */
export function buildTerraformTfvars(model: GuideModel): string {
  return hclText(
    [
      [
        attr(TF_NAMES.externalId, model.externalId),
        ...(model.previousExternalId === '' ? [] : [attr(TF_NAMES.previousExternalId, model.previousExternalId)]),
      ],
    ],
    HEADER,
  );
}
