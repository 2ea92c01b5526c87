# vendor-roles.tf: Method B roles that the vendor assumes with sts:AssumeRole and an ExternalId.
# Two managed policies, two roles that trust the vendor account with the ExternalId, the attachments,
# and outputs to send to the vendor. Put it in a folder of its own with vendor-roles.auto.tfvars
# (and vendor-eks-access.tf for EKS access entries), then run:
#   terraform init
#   terraform plan
#   terraform apply
# The ExternalId is a secret: it comes from vendor-roles.auto.tfvars (or TF_VAR_external_id) and is
# stored in the Terraform state. Keep the tfvars file and the state out of version control.

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

# The region of the ECR repositories and EKS clusters: the ARNs below use it.
provider "aws" {
  region = "ap-northeast-1"
}

variable "vendor_account_id" {
  description = "Vendor AWS account ID (12 digits): the account that may assume both roles"
  type        = string
  default     = "111122223333"

  validation {
    condition     = can(regex("^[0-9]{12}$", var.vendor_account_id))
    error_message = "vendor_account_id must be exactly 12 digits."
  }
}

variable "external_id" {
  description = "ExternalId shared with the vendor (secret: no default; from vendor-roles.auto.tfvars or TF_VAR_external_id)"
  type        = string
  sensitive   = true

  validation {
    condition     = length(var.external_id) >= 2 && length(var.external_id) <= 1224 && can(regex("^[\\w+=,.@:/-]+$", var.external_id))
    error_message = "external_id must be 2-1224 characters: letters, digits and + = , . @ : / - _"
  }
}

variable "cluster_names" {
  description = "EKS clusters the deployer role may describe (vendor-eks-access.tf gives each an access entry)"
  type        = list(string)

  default = [
    "portal-dev",
  ]

  validation {
    condition     = length(var.cluster_names) > 0 && alltrue([for name in var.cluster_names : can(regex("^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$", name))])
    error_message = "Each cluster name: 1-100 letters, digits, hyphens or underscores, starting with a letter or digit."
  }
}

variable "repository_patterns" {
  description = "ECR repository name patterns the pusher role may push to and pull from; * matches any characters"
  type        = list(string)

  default = [
    "portal-*",
  ]

  validation {
    condition     = length(var.repository_patterns) > 0 && alltrue([for p in var.repository_patterns : length(p) >= 2 && length(p) <= 256 && can(regex("^[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*(?:\\/[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*)*$", replace(p, "*", "a"))) && !can(regex("^[^*?]{0,2}[*?]", p))])
    error_message = "Each pattern: an ECR repository name (lowercase letters, digits, separators . _ - / between them) where * stands for any characters, with at least 3 fixed characters before the first *."
  }
}

data "aws_partition" "current" {}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}

locals {
  partition  = data.aws_partition.current.partition
  dns_suffix = data.aws_partition.current.dns_suffix
  region     = data.aws_region.current.region
  account_id = data.aws_caller_identity.current.account_id

  # Planned repositories: their URIs are an output, for the handoff sheet.
  repository_names = [
    "portal-api",
    "cron-runner",
  ]
}

data "aws_iam_policy_document" "repo_pusher" {
  version = "2012-10-17"

  statement {
    sid       = "ECRAuth"
    effect    = "Allow"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"]
  }

  statement {
    sid    = "ECRRepositoryActions"
    effect = "Allow"

    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:CompleteLayerUpload",
      "ecr:GetDownloadUrlForLayer",
      "ecr:BatchGetImage",
      "ecr:InitiateLayerUpload",
      "ecr:PutImage",
      "ecr:UploadLayerPart",
      "ecr:DescribeRepositories",
      "ecr:ListImages",
    ]

    resources = [for pattern in var.repository_patterns : "arn:${local.partition}:ecr:${local.region}:${local.account_id}:repository/${pattern}"]
  }
}

data "aws_iam_policy_document" "eks_deployer" {
  version = "2012-10-17"

  statement {
    sid     = "DescribeTargetCluster"
    effect  = "Allow"
    actions = ["eks:DescribeCluster"]

    resources = [for name in var.cluster_names : "arn:${local.partition}:eks:${local.region}:${local.account_id}:cluster/${name}"]
  }
}

data "aws_iam_policy_document" "vendor_trust" {
  version = "2012-10-17"

  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${local.partition}:iam::${var.vendor_account_id}:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

resource "aws_iam_policy" "repo_pusher" {
  name        = "VendorRepoPusherPolicy"
  description = "ECR push/pull on the repositories matching the patterns"
  policy      = data.aws_iam_policy_document.repo_pusher.json
}

resource "aws_iam_policy" "eks_deployer" {
  name        = "VendorEKSDeployerPolicy"
  description = "eks:DescribeCluster on the named clusters"
  policy      = data.aws_iam_policy_document.eks_deployer.json
}

resource "aws_iam_role" "repo_pusher" {
  name                 = "VendorRepoPusher"
  description          = "Vendor pushes and pulls container images (Method B)"
  assume_role_policy   = data.aws_iam_policy_document.vendor_trust.json
  max_session_duration = 3600
}

resource "aws_iam_role" "eks_deployer" {
  name                 = "VendorEKSDeployer"
  description          = "Vendor reads EKS cluster details to deploy (Method B)"
  assume_role_policy   = data.aws_iam_policy_document.vendor_trust.json
  max_session_duration = 3600
}

resource "aws_iam_role_policy_attachment" "repo_pusher" {
  role       = aws_iam_role.repo_pusher.name
  policy_arn = aws_iam_policy.repo_pusher.arn
}

resource "aws_iam_role_policy_attachment" "eks_deployer" {
  role       = aws_iam_role.eks_deployer.name
  policy_arn = aws_iam_policy.eks_deployer.arn
}

output "repo_pusher_role_arn" {
  description = "Send to the vendor"
  value       = aws_iam_role.repo_pusher.arn
}

output "eks_deployer_role_arn" {
  description = "Send to the vendor; also the principal of the EKS access entry or the rolearn for aws-auth"
  value       = aws_iam_role.eks_deployer.arn
}

output "ecr_registry" {
  description = "The ECR registry host, for docker login"
  value       = "${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}"
}

output "ecr_repository_uris" {
  description = "URIs of the planned repositories, for the handoff sheet"
  value       = { for name in local.repository_names : name => "${local.account_id}.dkr.ecr.${local.region}.${local.dns_suffix}/${name}" }
}
