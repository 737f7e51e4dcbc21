// IONOS Cloud object storage keys (S3 keys and Object Storage access keys), with the secret key always a secret.
package ionoss3key
