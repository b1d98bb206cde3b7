"""The private location on S3-compatible storage: a bucket nobody reads without the site.

`PrivateS3Storage` is `STORAGES["private_media"]` when `PRIVATE_MEDIA_S3_BUCKET` is set (`settings/media_storage.py`).
It keeps locked files (every document, locked pictures and their renditions) in a bucket that must block all
public access, and never names the bucket in a URL: `url()` is the site's private-file view, like
`PrivateFileSystemStorage`'s. The site reads the object itself after asking the access rule, and streams it.

Reading is done in ranges (`S3RangeReader`): the site fetches from the bucket only the bytes it sends on, starting
where the reader asks (a phone seeking in a module video asks for a part; `home/byte_ranges.py` seeks to it), instead
of copying the whole object to a temporary file first as django-storages' own file does for every request.
"""

import io
from urllib.parse import urljoin

from botocore.exceptions import ClientError
from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.files.base import File
from django.utils.deconstruct import deconstructible
from django.utils.encoding import filepath_to_uri

READ_BUFFER_SIZE = 64 * 1024

# Whatever the global AWS_* settings say (a deployment may set them for the public bucket), the private bucket's
# objects are private and never overwritten by an upload of the same name.
FORCED_OPTIONS = {"default_acl": "private", "file_overwrite": False}


class S3RangeReader(io.RawIOBase):
    """A seekable, read-only view of one S3 object. Each read continues one ranged GET from the current position;
    a seek elsewhere ends it, and the next read starts a new one there."""

    def __init__(self, s3_object):
        super().__init__()
        self._object = s3_object
        self.size = s3_object.content_length
        self._position = 0
        self._body = None

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            position = offset
        elif whence == io.SEEK_CUR:
            position = self._position + offset
        elif whence == io.SEEK_END:
            position = self.size + offset
        else:
            raise ValueError(f"Invalid whence ({whence})")
        if position < 0:
            raise ValueError(f"Negative seek position {position}")
        if position != self._position:
            self._end_body()
            self._position = position
        return self._position

    def readinto(self, buffer):
        if self._position >= self.size:
            return 0
        if self._body is None:
            self._body = self._object.get(Range=f"bytes={self._position}-")["Body"]
        data = self._body.read(len(buffer))
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def close(self):
        self._end_body()
        super().close()

    def _end_body(self):
        if self._body is not None:
            self._body.close()
            self._body = None


class S3RangeFile(File):
    """An opened private object. Like django-storages' own file, it opens again after being closed (a model's file
    field keeps its file object, and code reads it more than once)."""

    def __init__(self, s3_object, name):
        self._object = s3_object
        raw = S3RangeReader(s3_object)
        super().__init__(io.BufferedReader(raw, buffer_size=READ_BUFFER_SIZE), name=name)
        self.size = raw.size

    def open(self, mode=None):
        if mode not in (None, "rb"):
            raise ValueError("A private object opens for reading only.")
        if self.closed:
            self.file = io.BufferedReader(S3RangeReader(self._object), buffer_size=READ_BUFFER_SIZE)
        else:
            self.seek(0)
        return self


@deconstructible
class PrivateS3Storage(S3Storage):
    """Locked files in a private bucket: private objects, unique names, URLs that point at the site's view."""

    def __init__(self, **options):
        for name, value in FORCED_OPTIONS.items():
            if name in options and options[name] != value:
                raise ImproperlyConfigured(f"The private media bucket's {name} is always {value!r}.")
        super().__init__(**options)

    def get_default_settings(self):
        return {**super().get_default_settings(), **FORCED_OPTIONS}

    def _open(self, name, mode="rb"):
        if mode != "rb":
            return super()._open(name, mode)
        key = self._normalize_name(clean_name(name))
        try:
            return S3RangeFile(self.bucket.Object(key), name=clean_name(name))
        except ClientError as error:
            if error.response["ResponseMetadata"]["HTTPStatusCode"] == 404:
                raise FileNotFoundError(f"File does not exist: {key}") from error
            raise

    def url(self, name, parameters=None, expire=None, http_method=None):
        return urljoin(settings.PRIVATE_MEDIA_URL, filepath_to_uri(name))
