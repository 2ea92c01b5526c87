# vendor-roles.auto.tfvars: the ExternalId for vendor-roles.tf (terraform plan and apply read this file by themselves).
# Secret: do not commit it (add *.auto.tfvars to .gitignore). Instead of this file you can set
# TF_VAR_external_id; every later plan and apply needs the value again.

external_id = "vnd-3Fz7K4q9Example0ExternalId0Golden"
