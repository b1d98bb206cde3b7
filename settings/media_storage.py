"""Where uploaded files are stored, chosen by the environment: on this machine's disk, or in S3-compatible buckets.

`media_storages(environ)` gives the `public_media` and `private_media` entries of `STORAGES` (`home.storage` routes
each file to one of them). Without `MEDIA_S3_BUCKET` and `PRIVATE_MEDIA_S3_BUCKET` both stay on disk, as before:
`MEDIA_ROOT` and `PRIVATE_MEDIA_ROOT`. Each variable moves its own location to a bucket; see docs/operations.md
("Scale path: media on S3-compatible storage") for the buckets' policies.

Credentials are read by django-storages and boto3 themselves (`AWS_S3_ACCESS_KEY_ID` and
`AWS_S3_SECRET_ACCESS_KEY`, or `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, or the machine's role).
"""

FILESYSTEM = {
    "public_media": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private_media": {"BACKEND": "home.storage.PrivateFileSystemStorage"},
}

# Environment variable -> django-storages option, shared by both buckets.
CONNECTION_OPTIONS = {
    "AWS_S3_ENDPOINT_URL": "endpoint_url",
    "AWS_S3_REGION_NAME": "region_name",
    "AWS_S3_ADDRESSING_STYLE": "addressing_style",
}


def _connection_options(environ):
    return {option: environ[name] for name, option in CONNECTION_OPTIONS.items() if environ.get(name)}


def media_storages(environ):
    """The `public_media` and `private_media` storages that `environ` (a mapping like `os.environ`) asks for."""
    chosen = {name: dict(storage) for name, storage in FILESYSTEM.items()}
    connection = _connection_options(environ)
    if environ.get("MEDIA_S3_BUCKET"):
        options = {
            **connection,
            "bucket_name": environ["MEDIA_S3_BUCKET"],
            "querystring_auth": False,  # public pictures have plain, lasting URLs
            "file_overwrite": False,  # two uploads named photo.jpg stay two pictures
        }
        if environ.get("MEDIA_S3_CUSTOM_DOMAIN"):
            options["custom_domain"] = environ["MEDIA_S3_CUSTOM_DOMAIN"]
        if environ.get("MEDIA_S3_DEFAULT_ACL"):
            options["default_acl"] = environ["MEDIA_S3_DEFAULT_ACL"]
        chosen["public_media"] = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    if environ.get("PRIVATE_MEDIA_S3_BUCKET"):
        chosen["private_media"] = {
            "BACKEND": "home.s3_storage.PrivateS3Storage",
            "OPTIONS": {**connection, "bucket_name": environ["PRIVATE_MEDIA_S3_BUCKET"]},
        }
    return chosen
